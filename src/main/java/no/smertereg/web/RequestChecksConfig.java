package no.smertereg.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The checks every request passes: the size limit and the control-character check of parameters, both servlet
 * filters ahead of Spring Security, and the control-character check of path variables once Spring MVC knows them.
 */
@Configuration
class RequestChecksConfig implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${registry.max-request-size:1MB}") DataSize max, ObjectProvider<LargeUpload> uploads,
            FilterRefusals refusals) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(max, uploads.orderedStream().toList(), refusals));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After the session is known, before anything reads parameters (and with them a multipart body). */
    @Bean
    FilterRegistrationBean<UploadNeedsLogin> uploadNeedsLogin(ObjectProvider<LargeUpload> uploads,
            FilterRefusals refusals) {
        FilterRegistrationBean<UploadNeedsLogin> registration = new FilterRegistrationBean<>(
                new UploadNeedsLogin(uploads.orderedStream().toList(), refusals));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 60);
        return registration;
    }

    /** After Spring's form filter (PUT form bodies become parameters there), before Spring Security. */
    @Bean
    FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter(FilterRefusals refusals) {
        FilterRegistrationBean<ControlCharacterFilter> registration =
                new FilterRegistrationBean<>(new ControlCharacterFilter(refusals));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 50);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PathVariableCheck());
    }
}
