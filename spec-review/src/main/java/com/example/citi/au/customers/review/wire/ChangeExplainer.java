package com.example.citi.au.customers.review.wire;

import com.example.citi.au.customers.review.spec.OperationRef;
import com.example.citi.au.customers.review.wire.ApiChange.Level;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirements;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;

/**
 * Turns openapi-diff's verdict on one operation into changes a reviewer can read, each with the
 * reason it does or does not break a client written against the old spec.
 *
 * <p>The classification is openapi-diff's default, with one deliberate exception: removing an
 * optional property from a response is breaking here (openapi-diff only counts required ones),
 * because a client that reads the property loses it, and code generated from the new spec no
 * longer has it.
 */
final class ChangeExplainer {

    private static final boolean BREAKING = true;
    private static final boolean COMPATIBLE = false;

    private final OperationRef operation;
    private final List<ApiChange> changes = new ArrayList<>();

    private ChangeExplainer(OperationRef operation) {
        this.operation = operation;
    }

    static List<ApiChange> explain(OperationRef operation, ChangedOperation changed) {
        ChangeExplainer explainer = new ChangeExplainer(operation);
        explainer.operation(changed);
        if (changed.isIncompatible() && explainer.changes.stream().noneMatch(ApiChange::breaking)) {
            // never let a change openapi-diff calls incompatible through just because it is not itemised here
            explainer.add(BREAKING, "operation: an incompatible change openapi-diff reports but this report does not itemise",
                    "review the operation by hand: openapi-diff judges that clients of the old version break");
        }
        if (explainer.changes.isEmpty()) {
            // openapi-diff lists an operation whose descriptions or examples changed; say so rather than nothing
            explainer.add(Level.DOCUMENTATION, "documentation: descriptions or examples changed",
                    "nothing changes on the wire");
        }
        return explainer.changes;
    }

    private void operation(ChangedOperation changed) {
        if (isAnyChange(changed.getOperationId())) {
            add(changed.getOperationId().isIncompatible(),
                    "operationId: changed from `" + changed.getOperationId().getLeft() + "` to `"
                            + changed.getOperationId().getRight() + "`",
                    "nothing changes on the wire, but a client regenerated from the spec gets the method under "
                            + "its new name, so code calling the old name must follow");
        }
        if (changed.isDeprecated()) {
            Object sunset = changed.getNewOperation().getExtensions() == null ? null
                    : changed.getNewOperation().getExtensions().get(Sunset.EXTENSION);
            add(Level.WARNING, "operation: deprecated" + (sunset == null ? ", without an x-sunset date" : ", sunset "
                    + sunset), "it still works; clients should plan to stop calling it" + (sunset == null
                    ? " (an x-sunset date tells them by when)" : " before then"));
        }
        if (isAnyChange(changed.getSummary()) || isAnyChange(changed.getDescription())) {
            add(Level.DOCUMENTATION, "summary or description: changed", "documentation only");
        }
        parameters(changed.getParameters());
        requestBody(changed.getRequestBody());
        responses(changed.getApiResponses());
        security(changed);
    }

    private void parameters(ChangedParameters parameters) {
        if (!isDifferent(parameters)) {
            return;
        }
        List<Parameter> increased = new ArrayList<>(parameters.getIncreased());
        List<Parameter> missing = new ArrayList<>(parameters.getMissing());
        for (Parameter gone : parameters.getMissing()) {
            increased.stream().filter(now -> now.getName().equalsIgnoreCase(gone.getName())).findFirst().ifPresent(now -> {
                add(BREAKING, gone.getIn() + " parameter `" + gone.getName() + "`: moved to the " + now.getIn(),
                        "clients send it in the " + gone.getIn() + ", where the server no longer reads it");
                increased.remove(now);
                missing.remove(gone);
            });
        }
        for (Parameter added : increased) {
            String where = added.getIn() + " parameter `" + added.getName() + "`";
            if (Boolean.TRUE.equals(added.getRequired())) {
                add(BREAKING, where + ": new, required", "clients that do not send it will get 400");
            } else {
                add(COMPATIBLE, where + ": new, optional", "clients that do not send it are served as before");
            }
        }
        for (Parameter gone : missing) {
            add(BREAKING, gone.getIn() + " parameter `" + gone.getName() + "`: removed",
                    "clients that send it will have it ignored, or rejected where unknown parameters are refused");
        }
        for (ChangedParameter changed : parameters.getChanged()) {
            String where = changed.getIn() + " parameter `" + changed.getName() + "`";
            if (changed.isChangeRequired()) {
                if (Boolean.TRUE.equals(changed.getNewParameter().getRequired())) {
                    add(BREAKING, where + ": now required", "clients that leave it out will now get 400");
                } else {
                    add(COMPATIBLE, where + ": now optional", "clients that send it are served as before");
                }
            }
            if (changed.isChangeStyle() || changed.isChangeExplode() || changed.isChangeAllowEmptyValue()) {
                add(BREAKING, where + ": serialised differently (style, explode or allowEmptyValue)",
                        "clients send it the old way and the server reads it the new way");
            }
            if (changed.isDeprecated()) {
                add(Level.WARNING, where + ": deprecated", "it still works; clients should plan to stop sending it");
            }
            schema(changed.getSchema(), where, "", true);
            content(changed.getContent(), where, true);
        }
    }

    private void requestBody(ChangedRequestBody body) {
        if (!isDifferent(body)) {
            return;
        }
        if (body.isChangeRequired()) {
            if (body.getNewRequestBody() != null && Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
                add(BREAKING, "request body: now required", "clients that send no body will get 400");
            } else {
                add(COMPATIBLE, "request body: now optional", "clients that send one are served as before");
            }
        }
        content(body.getContent(), "request body", true);
    }

    private void responses(ChangedApiResponse responses) {
        if (!isDifferent(responses)) {
            return;
        }
        responses.getMissing().keySet().forEach(status -> add(BREAKING, "response " + status + ": removed",
                "clients that handle " + status + " lose its documented body, and the server no longer promises it"));
        responses.getIncreased().keySet().forEach(status -> add(COMPATIBLE, "response " + status + ": new",
                "clients treat a status they do not know like any other of its class (2xx, 4xx, 5xx)"));
        responses.getChanged().forEach((status, response) -> {
            String where = "response " + status;
            headers(response.getHeaders(), where);
            content(response.getContent(), where, false);
        });
    }

    private void headers(ChangedHeaders headers, String where) {
        if (!isDifferent(headers)) {
            return;
        }
        headers.getMissing().keySet().forEach(name -> add(BREAKING, where + " header `" + name + "`: removed",
                "clients that read it will no longer get it"));
        headers.getIncreased().keySet().forEach(name -> add(COMPATIBLE, where + " header `" + name + "`: new",
                "clients ignore headers they do not read"));
        headers.getChanged().forEach((name, header) -> {
            String field = where + " header `" + name + "`";
            if (header.isRequired()) {
                add(header.isIncompatible(), field + ": changed whether it is always sent",
                        header.isIncompatible() ? "clients that rely on it may no longer get it"
                                : "clients get it at least as often as before");
            }
            schema(header.getSchema(), field, "", false);
        });
    }

    private void content(ChangedContent content, String where, boolean request) {
        if (!isDifferent(content)) {
            return;
        }
        content.getMissing().keySet().forEach(mediaType -> add(BREAKING,
                where + (request ? ": no longer accepts `" : ": no longer offers `") + mediaType + "`",
                request ? "clients sending " + mediaType + " will get 415"
                        : "clients that accept only " + mediaType + " will get 406"));
        content.getIncreased().keySet().forEach(mediaType -> add(COMPATIBLE,
                where + (request ? ": now also accepts `" : ": now also offers `") + mediaType + "`",
                "clients using the media types of the old version are served as before"));
        boolean several = content.getChanged().size() > 1;
        content.getChanged().forEach((mediaType, media) ->
                schema(media.getSchema(), several ? where + " (" + mediaType + ")" : where, "", request));
    }

    private void schema(ChangedSchema schema, String where, String path, boolean request) {
        if (!isDifferent(schema)) {
            return;
        }
        String field = path.isEmpty() ? where : where + " `" + path + "`";
        Schema<?> before = schema.getOldSchema();
        Schema<?> after = schema.getNewSchema();
        if (schema.isChangedType()) {
            String from = type(before);
            String to = type(after);
            add(BREAKING, field + ": type changed from " + from + " to " + to,
                    request ? "clients sending it as " + from + " will get 400"
                            : "clients reading it as " + from + " fail to parse " + to);
        }
        if (schema.isDiscriminatorPropertyChanged()) {
            add(BREAKING, field + ": discriminator changed", "clients pick the wrong subtype");
        }
        if (schema.isChangeFormat() && !schema.isChangedType()) {
            add(COMPATIBLE, field + ": format changed from " + format(before) + " to " + format(after),
                    "openapi-diff counts a format change as compatible; check that clients parse both");
        }
        if (schema.isChangeDefault()) {
            add(Level.WARNING, field + ": default changed from " + describe(before, Schema::getDefault) + " to "
                    + describe(after, Schema::getDefault), request
                    ? "clients that leave it out are served differently than before, without an error to tell them"
                    : "clients that rely on the documented default read another value");
        }
        if (schema.isChangeDeprecated()) {
            add(Level.WARNING, field + ": deprecation changed", "it is still accepted and sent; clients should plan "
                    + "to stop using a deprecated field");
        }
        properties(schema, where, path, request);
        enumeration(schema.getEnumeration(), field, request);
        constraint(schema, schema.getMaxLength(), field, "maxLength", Schema::getMaxLength, request);
        constraint(schema, schema.getMinLength(), field, "minLength", Schema::getMinLength, request);
        constraint(schema, schema.getPattern(), field, "pattern", Schema::getPattern, request);
        constraint(schema, schema.getMaxItems(), field, "maxItems", Schema::getMaxItems, request);
        constraint(schema, schema.getMinItems(), field, "minItems", Schema::getMinItems, request);
        constraint(schema, schema.getUniqueItems(), field, "uniqueItems", Schema::getUniqueItems, request);
        constraint(schema, schema.getMultipleOf(), field, "multipleOf", Schema::getMultipleOf, request);
        constraint(schema, schema.getMaxProperties(), field, "maxProperties", Schema::getMaxProperties, request);
        constraint(schema, schema.getMinProperties(), field, "minProperties", Schema::getMinProperties, request);
        nullable(before, after, field, request);
        accessMode(before, after, field, request);
        constraint(schema, schema.getNumericRange(), field, "minimum/maximum",
                s -> range(s.getMinimum(), s.getMaximum(), s.getExclusiveMinimum(), s.getExclusiveMaximum()), request);
        if (isDifferent(schema.getOneOfSchema())) {
            add(schema.getOneOfSchema().isIncompatible(), field + ": oneOf alternatives changed",
                    schema.getOneOfSchema().isIncompatible() ? "clients meet or send an alternative the other side "
                            + "does not know" : "every alternative clients know is still there");
        }
        schema(schema.getItems(), where, path + "[]", request);
        schema(schema.getAddProp(), where, path + "{}", request);
        schema.getChangedProperties().forEach((name, property) -> schema(property, where, child(path, name), request));
    }

    private void properties(ChangedSchema schema, String where, String path, boolean request) {
        Set<String> requiredBefore = required(schema.getOldSchema());
        Set<String> requiredAfter = required(schema.getNewSchema());
        schema.getIncreasedProperties().keySet().forEach(name -> {
            String field = where + " `" + child(path, name) + "`";
            if (request && requiredAfter.contains(name)) {
                add(BREAKING, field + ": new required property", "clients that do not send it will get 400");
            } else if (request) {
                add(COMPATIBLE, field + ": new optional property", "clients that do not send it are served as before");
            } else {
                add(COMPATIBLE, field + ": new property",
                        "clients ignore properties they do not know (the generated Java client does)");
            }
        });
        schema.getMissingProperties().keySet().forEach(name -> {
            String field = where + " `" + child(path, name) + "`";
            if (request) {
                add(COMPATIBLE, field + ": property removed",
                        "clients that still send it have it ignored, unless the schema forbids unknown properties");
            } else {
                add(BREAKING, field + ": property removed", "clients that read it will no longer get it"
                        + (requiredBefore.contains(name) ? "" : " (openapi-diff calls removing an optional response "
                        + "property compatible; this gate does not)"));
            }
        });
        if (isDifferent(schema.getRequired())) {
            schema.getRequired().getIncreased().stream()
                    .filter(name -> !schema.getIncreasedProperties().containsKey(name))
                    .forEach(name -> {
                        String field = where + " `" + child(path, name) + "`";
                        if (request) {
                            add(BREAKING, field + ": now required",
                                    "clients that leave it out will now get 400");
                        } else {
                            add(COMPATIBLE, field + ": now always sent",
                                    "clients that handled its absence are served as before");
                        }
                    });
            schema.getRequired().getMissing().stream()
                    .filter(name -> !schema.getMissingProperties().containsKey(name))
                    .forEach(name -> {
                        String field = where + " `" + child(path, name) + "`";
                        if (request) {
                            add(COMPATIBLE, field + ": now optional",
                                    "clients that send it are served as before");
                        } else {
                            add(BREAKING, field + ": may now be absent",
                                    "clients that expect it will find it missing");
                        }
                    });
        }
    }

    private void enumeration(ChangedEnum<?> enumeration, String field, boolean request) {
        if (!isDifferent(enumeration)) {
            return;
        }
        String gained = values(enumeration.getIncreased());
        String lost = values(enumeration.getMissing());
        if (request) {
            if (!lost.isEmpty()) {
                add(BREAKING, field + ": no longer accepts " + lost, "clients sending " + lost + " will get 400");
            }
            if (!gained.isEmpty()) {
                add(COMPATIBLE, field + ": now also accepts " + gained, "the values clients already send still work");
            }
        } else {
            if (!gained.isEmpty()) {
                add(BREAKING, field + ": may now carry " + gained,
                        "a client that maps it to a fixed enum fails on a value it does not know; openapi-diff counts "
                                + "a wider response enum as breaking by default (the Java client generated here, with "
                                + "enumUnknownDefaultCase, would read it as its unknown default instead of failing)");
            }
            if (!lost.isEmpty()) {
                add(COMPATIBLE, field + ": no longer carries " + lost, "clients keep handling a value that no longer comes");
            }
        }
    }

    /**
     * Direction decides: a request field that no longer takes null refuses clients that send it; a
     * response field that may now be null breaks clients that read it as always present.
     */
    private void nullable(Schema<?> before, Schema<?> after, String field, boolean request) {
        boolean was = before != null && isNullable(before);
        boolean is = after != null && isNullable(after);
        if (before == null || after == null || was == is) {
            return;
        }
        if (request) {
            add(was ? BREAKING : COMPATIBLE, field + (was ? ": no longer nullable" : ": now nullable"),
                    was ? "clients that send null will get 400" : "clients that send a value are served as before");
        } else {
            add(is ? BREAKING : COMPATIBLE, field + (is ? ": now nullable" : ": no longer nullable"),
                    is ? "clients that read it as always set fail on null" : "clients that handled null still work");
        }
    }

    /** OpenAPI 3.1 says nullable with a "null" type; 3.0 with nullable: true. */
    private static boolean isNullable(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getNullable()) || (schema.getTypes() != null && schema.getTypes().contains("null"));
    }

    /**
     * readOnly fields are only answered, writeOnly fields only sent: a request field that becomes readOnly
     * is no longer taken, a response field that becomes writeOnly is no longer answered.
     */
    private void accessMode(Schema<?> before, Schema<?> after, String field, boolean request) {
        if (before == null || after == null) {
            return;
        }
        accessFlag(before.getReadOnly(), after.getReadOnly(), field, "readOnly", request,
                "clients that send it have it ignored or refused: the server no longer takes it",
                request ? "clients may now send it; those that do not are served as before" : "clients keep reading it");
        accessFlag(before.getWriteOnly(), after.getWriteOnly(), field, "writeOnly", !request,
                "clients that read it no longer get it in answers",
                request ? "clients keep sending it" : "clients may now read it; those that do not are unaffected");
    }

    /** @param breaksWhenSet whether setting the flag breaks a client here (readOnly in a request, writeOnly in an answer) */
    private void accessFlag(Boolean before, Boolean after, String field, String flag, boolean breaksWhenSet,
                            String whyItBreaks, String whySafe) {
        boolean was = Boolean.TRUE.equals(before);
        boolean is = Boolean.TRUE.equals(after);
        if (was == is) {
            return;
        }
        boolean breaks = breaksWhenSet && is;
        add(breaks, field + (is ? ": now " : ": no longer ") + flag, breaks ? whyItBreaks : whySafe);
    }

    /** The constraint objects do not all expose old and new values; the schemas around them do. */
    private void constraint(ChangedSchema schema, Changed changed, String field, String name,
                            Function<Schema<?>, Object> value, boolean request) {
        if (!isDifferent(changed)) {
            return;
        }
        String what = field + ": " + name + " changed from " + describe(schema.getOldSchema(), value) + " to "
                + describe(schema.getNewSchema(), value);
        if (changed.isIncompatible()) {
            add(BREAKING, what, request ? "requests valid under the old rule may now get 400"
                    : "responses may now break what clients of the old version accept");
        } else {
            add(COMPATIBLE, what, request ? "requests valid under the old rule are still valid"
                    : "responses stay within what clients of the old version accept");
        }
    }

    private void security(ChangedOperation operation) {
        ChangedSecurityRequirements security = operation.getSecurityRequirements();
        if (!isDifferent(security)) {
            return;
        }
        String what = "security: changed from " + requirements(operation.getOldOperation().getSecurity()) + " to "
                + requirements(operation.getNewOperation().getSecurity());
        if (security.isIncompatible()) {
            add(BREAKING, what, "tokens that satisfied the old requirement may now be refused with 401 or 403");
        } else {
            add(COMPATIBLE, what, "tokens that satisfied the old requirement still do");
        }
    }

    private void add(boolean breaking, String what, String why) {
        add(breaking ? Level.BREAKING : Level.COMPATIBLE, what, why);
    }

    private void add(Level level, String what, String why) {
        changes.add(new ApiChange(operation, level, what, why));
    }

    /** A change a client can notice: documentation-only changes are left out. */
    private static boolean isDifferent(Changed changed) {
        return changed != null && changed.isChanged().isDifferent() && !changed.isChanged().isMetaChanged();
    }

    private static boolean isAnyChange(Changed changed) {
        return changed != null && !changed.isChanged().isUnchanged();
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Set<String> required(Schema<?> schema) {
        return schema == null || schema.getRequired() == null ? Set.of() : new TreeSet<>(schema.getRequired());
    }

    /** The type with its format: a format change can be a type change to openapi-diff (date to date-time). */
    private static String type(Schema<?> schema) {
        String type = schema == null ? null : schema.getType();
        if (type == null && schema != null && schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            // OpenAPI 3.1: type is a list
            type = String.join(" or ", new TreeSet<>(schema.getTypes()));
        }
        if (type == null) {
            return "(no type)";
        }
        return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
    }

    private static String format(Schema<?> schema) {
        return schema == null || schema.getFormat() == null ? "(none)" : schema.getFormat();
    }

    private static String values(Collection<?> values) {
        return values.stream().map(value -> "`" + value + "`").collect(Collectors.joining(", "));
    }

    private static String range(Object min, Object max, Object exclusiveMin, Object exclusiveMax) {
        return (Boolean.TRUE.equals(exclusiveMin) ? "(" : "[") + (min == null ? "" : min) + ", "
                + (max == null ? "" : max) + (Boolean.TRUE.equals(exclusiveMax) ? ")" : "]");
    }

    private static String describe(Schema<?> schema, Function<Schema<?>, Object> value) {
        Object described = schema == null ? null : value.apply(schema);
        return described == null ? "(none)" : "`" + described + "`";
    }

    private static String requirements(List<SecurityRequirement> requirements) {
        if (requirements == null || requirements.isEmpty()) {
            return "none";
        }
        return requirements.stream()
                .map(requirement -> requirement.entrySet().stream()
                        .map(entry -> entry.getKey() + (entry.getValue().isEmpty() ? "" : " " + entry.getValue()))
                        .collect(Collectors.joining(" + ")))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" or "));
    }
}
