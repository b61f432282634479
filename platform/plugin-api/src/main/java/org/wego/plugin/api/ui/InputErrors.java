package org.wego.plugin.api.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableBiFunction;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Stability;

/**
 * The one bridge from a service's refusal ({@link InvalidInputException}) to the form field it
 * concerns. A form binds each component through {@link #forField} with the same {@link InputField}
 * constant the service checks; when the service refuses, {@link #show} puts the translated message on
 * that binding as a Binder validation error, which clears as soon as the user changes the value.
 *
 * <pre>{@code
 * var binder = new Binder<Draft>();
 * var errors = new InputErrors<>(binder);
 * errors.forField(nameEn, ProgrammeInput.TITLE_EN).bind(Draft::titleEn, Draft::setTitleEn);
 * try {
 *     service.save(draft);
 * } catch (InvalidInputException e) {
 *     if (!errors.show(e)) {
 *         Notification.show(errors.message(e));
 *     }
 * }
 * }</pre>
 *
 * <p>Components that are not bound to the binder (rows of a list the form builds itself) join through
 * {@link #forComponent}. Used on the UI thread of one form, like the binder.
 *
 * @param <BEAN> the binder's bean type
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class InputErrors<BEAN> implements Serializable {

    private final Binder<BEAN> binder;
    private final SerializableBiFunction<String, Object[], String> translation;
    private final Map<InputField, HasValue<?, ?>> bound = new HashMap<>();
    private final Map<InputField, HasValidation> components = new HashMap<>();
    private final Map<InputField, String> refusals = new HashMap<>();

    /** A bridge for the binder, translating with the current UI's locale and the platform's messages. */
    public InputErrors(Binder<BEAN> binder) {
        this(binder, (key, arguments) -> UI.getCurrent().getTranslation(key, arguments));
    }

    /**
     * A bridge for the binder with its own translation, e.g. in a test.
     *
     * @param translation the message of a key and its arguments in the reader's language
     */
    public InputErrors(Binder<BEAN> binder, SerializableBiFunction<String, Object[], String> translation) {
        this.binder = binder;
        this.translation = translation;
    }

    /**
     * Starts the binding of a component to the input a service names {@code input}: continue it as any
     * binding ({@code withConverter}, {@code bind}). Bind each input once.
     */
    public <V> Binder.BindingBuilder<BEAN, V> forField(HasValue<?, V> component, InputField input) {
        if (bound.putIfAbsent(input, component) != null || components.containsKey(input)) {
            throw new IllegalArgumentException("the input " + input + " is bound twice");
        }
        // Registered before the binding's own listener, so the refusal is gone when it validates again.
        component.addValueChangeListener(e -> refusals.remove(input));
        return binder.forField(component).withValidator((value, context) -> {
            String refusal = refusals.get(input);
            return refusal == null ? ValidationResult.ok() : ValidationResult.error(refusal);
        });
    }

    /**
     * A component outside the binder that shows the refusals of {@code input}, e.g. a field of the
     * {@code n}-th row of a list ({@link InputField#item}); its error clears when its value changes.
     */
    public <C extends HasValue<?, ?> & HasValidation> void forComponent(C component, InputField input) {
        if (bound.containsKey(input)) {
            throw new IllegalArgumentException("the input " + input + " is bound twice");
        }
        components.put(input, component);
        component.addValueChangeListener(e -> {
            if (components.get(input) == component) {
                component.setInvalid(false);
            }
        });
    }

    /** Forgets the components of {@code input} outside the binder, e.g. a list row the user removed. */
    public void forget(InputField input) {
        components.remove(input);
    }

    /**
     * Shows the refusal next to the component of its input.
     *
     * @return whether a component showed it; {@code false} for a refusal of the input as a whole or of
     *     an input the form has no component for, which the form shows otherwise ({@link #message})
     */
    public boolean show(InvalidInputException refusal) {
        InputField input = refusal.input();
        if (input == null) {
            return false;
        }
        String message = message(refusal);
        if (bound.containsKey(input)) {
            refusals.put(input, message);
            binder.validate();
            return true;
        }
        HasValidation component = components.get(input);
        if (component == null) {
            return false;
        }
        component.setErrorMessage(message);
        component.setInvalid(true);
        return true;
    }

    /** The refusal's message in the reader's language. */
    public String message(InvalidInputException refusal) {
        return translation.apply(refusal.messageKey(), refusal.arguments().toArray());
    }

    /** The message the component of {@code input} shows now, or {@code null}; for tests and logs. */
    public @Nullable String shown(InputField input) {
        if (refusals.containsKey(input)) {
            return refusals.get(input);
        }
        HasValidation component = components.get(input);
        return component != null && component.isInvalid() ? component.getErrorMessage() : null;
    }

    /** Forgets every refusal shown, before the form is sent again. */
    public void clear() {
        refusals.keySet().forEach(input -> {
            if (bound.get(input) instanceof HasValidation component) {
                component.setInvalid(false);
            }
        });
        refusals.clear();
        components.values().forEach(c -> c.setInvalid(false));
    }
}
