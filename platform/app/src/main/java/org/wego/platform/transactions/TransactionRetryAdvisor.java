package org.wego.platform.transactions;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Pointcut;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a {@code @Transactional} method again when the database aborted its transaction for a deadlock
 * or a lock wait timeout, around the transaction (ordered before Spring's transaction advisor) and only
 * where it begins one. The platform's context has one; the plugin runtime adds one to every plugin
 * context (as an infrastructure bean, which {@code @EnableTransactionManagement}'s proxy creator applies).
 */
public final class TransactionRetryAdvisor extends AbstractPointcutAdvisor {

    private static final Pointcut TRANSACTIONAL = new ComposablePointcut(
                    new AnnotationMatchingPointcut(Transactional.class, true))
            .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));

    private final Advice advice = new Interceptor();

    public TransactionRetryAdvisor() {
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public Pointcut getPointcut() {
        return TRANSACTIONAL;
    }

    @Override
    public Advice getAdvice() {
        return advice;
    }

    private static final class Interceptor implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (!(invocation instanceof ProxyMethodInvocation proxied)) {
                return invocation.proceed();
            }
            String name = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            // Each attempt from a fresh copy of the invocation: the chain after this advice runs again.
            return TransactionRetry.call(name, () -> proxied.invocableClone().proceed());
        }
    }
}
