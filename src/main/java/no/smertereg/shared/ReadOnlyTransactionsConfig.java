package no.smertereg.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * A read-only transaction stays read-only for Hibernate (nothing is flushed) but not for the JDBC connection, so a
 * view can write its audit rows in its own transaction instead of opening a second one (ADR 0014). Per-transaction
 * isolation levels are therefore not available; the registry uses none.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyTransactionsConfig {

    @Bean
    static BeanPostProcessor viewsMayWriteTheirAuditRows() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HibernateJpaVendorAdapter adapter) {
                    adapter.getJpaDialect().setPrepareConnection(false);
                }
                return bean;
            }
        };
    }
}
