package org.wego.platform.transactions;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/** The platform's own {@code @Transactional} methods retry lock conflicts too. */
@Configuration(proxyBeanMethods = false)
class TransactionRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TransactionRetryAdvisor transactionRetryAdvisor() {
        return new TransactionRetryAdvisor();
    }
}
