package com.example.citi.au.customers.review.client;

import com.example.citi.au.customers.review.spec.OperationRef;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The generated clients of base and head compared with japicmp, each incompatible change said in the
 * consumer's terms ({@code CustomerProfileApi.retrieveCustomerProfile()} removed;
 * {@code Address.getPostalCode()} now returns {@code Long}) and filed under the operations whose
 * callers meet it.
 */
final class ClientApiComparison {

    private final OperationUsage usage;
    private final List<ClientChange> changes = new ArrayList<>();

    private ClientApiComparison(OperationUsage usage) {
        this.usage = usage;
    }

    static List<ClientChange> between(GeneratedClient base, GeneratedClient head, OperationUsage baseUsage) {
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        options.setAccessModifier(AccessModifier.PUBLIC);
        options.getClassPathEntries().addAll(Arrays.asList(InProcessCompiler.libraryClasspath().split(File.pathSeparator)));
        List<JApiClass> classes = new JarArchiveComparator(options).compare(
                new JApiCmpArchive(base.jar(), "base", "1"), new JApiCmpArchive(head.jar(), "head", "2"));
        ClientApiComparison comparison = new ClientApiComparison(baseUsage);
        classes.stream()
                .filter(type -> !type.isBinaryCompatible() || !type.isSourceCompatible())
                .forEach(comparison::type);
        return comparison.changes;
    }

    private void type(JApiClass type) {
        String name = simpleName(type.getFullyQualifiedName());
        if (type.getChangeStatus() == JApiChangeStatus.REMOVED) {
            add(type, "class `" + name + "` removed", false);
            return;
        }
        type.getCompatibilityChanges().stream()
                .filter(change -> !change.isSourceCompatible() || !change.isBinaryCompatible())
                .forEach(change -> add(type, "`" + name + "`: " + readable(change), change.isSourceCompatible()));
        methods(type, name);
        type.getConstructors().stream()
                .filter(constructor -> constructor.getChangeStatus() == JApiChangeStatus.REMOVED)
                .forEach(constructor -> add(type, "constructor `" + name + parameters(constructor) + "` removed", false));
        for (JApiField field : type.getFields()) {
            if (field.isBinaryCompatible() && field.isSourceCompatible()) {
                continue;
            }
            if (field.getChangeStatus() == JApiChangeStatus.REMOVED) {
                add(type, "`" + name + "." + field.getName() + "` removed", false);
            } else {
                add(type, "`" + name + "." + field.getName() + "` changed: " + field.getCompatibilityChanges().stream()
                        .map(ClientApiComparison::readable).collect(Collectors.joining(", ")), false);
            }
        }
    }

    /** A method whose parameters changed is one removed and one added with the same name: said as one change. */
    private void methods(JApiClass type, String name) {
        List<JApiMethod> removed = type.getMethods().stream()
                .filter(method -> method.getChangeStatus() == JApiChangeStatus.REMOVED).toList();
        List<JApiMethod> added = type.getMethods().stream()
                .filter(method -> method.getChangeStatus() == JApiChangeStatus.NEW).toList();
        for (JApiMethod method : removed) {
            String signature = "`" + name + "." + method.getName() + parameters(method) + "`";
            List<String> replacements = added.stream().filter(other -> other.getName().equals(method.getName()))
                    .map(ClientApiComparison::parameters).toList();
            add(type, method, replacements.isEmpty() ? signature + " removed"
                    : signature + " now takes " + String.join(" or ", replacements), false);
        }
        for (JApiMethod method : type.getMethods()) {
            if (method.getChangeStatus() != JApiChangeStatus.MODIFIED
                    || (method.isBinaryCompatible() && method.isSourceCompatible())) {
                continue;
            }
            String signature = "`" + name + "." + method.getName() + parameters(method) + "`";
            if (method.getReturnType().getChangeStatus() == JApiChangeStatus.MODIFIED) {
                add(type, method, signature + " now returns `" + simpleName(method.getReturnType().getNewReturnType())
                        + "` (was `" + simpleName(method.getReturnType().getOldReturnType()) + "`)", false);
            } else {
                add(type, method, signature + ": " + method.getCompatibilityChanges().stream()
                        .map(ClientApiComparison::readable).collect(Collectors.joining(", ")),
                        method.isSourceCompatible());
            }
        }
    }

    private void add(JApiClass type, String what, boolean compiles) {
        changes.add(new ClientChange(operationsOf(type), what, compiles));
    }

    private void add(JApiClass type, JApiMethod method, String what, boolean compiles) {
        Set<OperationRef> operations = usage.operationOf(method.getName())
                .<Set<OperationRef>>map(operation -> new TreeSet<>(Set.of(operation)))
                .orElseGet(() -> operationsOf(type));
        changes.add(new ClientChange(operations, what, compiles));
    }

    /** The operations using a model class; for a nested enum, those using the class around it. */
    private Set<OperationRef> operationsOf(JApiClass type) {
        String name = type.getFullyQualifiedName();
        Set<OperationRef> operations = new LinkedHashSet<>(usage.operationsUsing(name));
        if (operations.isEmpty() && name.contains("$")) {
            operations.addAll(usage.operationsUsing(name.substring(0, name.indexOf('$'))));
        }
        return new TreeSet<>(operations);
    }

    private static String parameters(JApiBehavior behavior) {
        return behavior.getParameters().stream().map(JApiParameter::getType).map(ClientApiComparison::simpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code com.example.model.Address$TypeEnum} as a consumer writes it: {@code Address.TypeEnum}. */
    static String simpleName(String type) {
        String withoutPackage = type.substring(type.lastIndexOf('.') + 1);
        return withoutPackage.replace('$', '.');
    }

    /** Every qualified name in a type, such as {@code java.util.List<com.example.model.Address>}, made simple. */
    static String simpleNames(String type) {
        return type.replaceAll("(?:[a-z_][\\w]*\\.)+([A-Z])", "$1").replace('$', '.');
    }

    private static String readable(JApiCompatibilityChange change) {
        return change.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
