package no.smertereg.shared;

import java.math.BigInteger;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message files ({@code messages.properties}, {@code messages_en.properties}) with one change to Java's
 * {@link MessageFormat}: a plain placeholder {@code {0}} shows a whole number as plain digits, so ids (course, PID,
 * application, case) read "Forløpet 99999", never "99 999". A count that should group its thousands says so in the
 * message: {@code {2,number,integer}}. Everything else (decimals, dates, texts) is formatted as MessageFormat does.
 */
class RegistryMessageSource extends ResourceBundleMessageSource {

    @Override
    protected MessageFormat createMessageFormat(String msg, Locale locale) {
        MessageFormat format = super.createMessageFormat(msg, locale);
        Format[] formats = format.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                format.setFormat(i, new PlainPlaceholder(locale));
            }
        }
        return format;
    }

    /** What MessageFormat does for a placeholder without a format type, except for whole numbers. */
    private static final class PlainPlaceholder extends Format {

        private static final long serialVersionUID = 1L;
        private final Locale locale;

        PlainPlaceholder(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                    || value instanceof BigInteger) {
                return to.append(value);
            }
            if (value instanceof Number number) {
                return to.append(NumberFormat.getInstance(locale).format(number));
            }
            if (value instanceof Date date) {
                return to.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale)
                        .format(date));
            }
            return to.append(value);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("messages are only formatted");
        }
    }
}
