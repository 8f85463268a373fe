package org.hugmenow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Boundaries between features and between modules: a feature reaches another only through its
 * public face (never its {@code persistence}, {@code api} or {@code internal} package), modules
 * depend one way, and neither features nor the packages inside them form cycles.
 */
public final class BoundaryRules {

    /** Layers of a feature that no other feature may use. */
    static final Set<String> PRIVATE_LAYERS = Set.of("persistence", "api", "internal");

    private BoundaryRules() {
    }

    /** Among the features below {@code roots}: another feature is reached through its application, domain or spi. */
    public static ArchRule featuresMeetOnlyThroughTheirPublicFace(List<String> roots) {
        return classes().should(dependencies("reach other features only through their public face (not persistence, api or internal)",
                (origin, target) -> {
                    var from = Feature.of(origin.getPackageName(), roots);
                    var to = Feature.of(target.getPackageName(), roots);
                    return from.isEmpty() || to.isEmpty() || from.get().feature().equals(to.get().feature())
                            || to.get().isShared() || !PRIVATE_LAYERS.contains(to.get().layer());
                }))
                .because("a feature's tables and resources are its own (issue 15, docs/architecture.md)")
                .allowEmptyShould(true);
    }

    /** A module with several roots lists the lowest first: a root never uses the roots after it ({@code platform} never uses {@code tenant}). */
    public static ArchRule rootsDependOneWay(List<String> roots) {
        return classes().should(dependencies("use only their own root and the roots listed before it " + roots, (origin, target) -> {
            int from = rootIndex(origin.getPackageName(), roots);
            int to = rootIndex(target.getPackageName(), roots);
            return from < 0 || to < 0 || to <= from;
        })).allowEmptyShould(true);
    }

    private static int rootIndex(String packageName, List<String> roots) {
        for (int i = 0; i < roots.size(); i++) {
            if (packageName.equals(roots.get(i)) || packageName.startsWith(roots.get(i) + ".")) {
                return i;
            }
        }
        return -1;
    }

    /** Each module uses only the modules it declares, so module dependencies point one way. */
    public static ArchRule modulesDependOneWay(List<Modules.Module> modules) {
        return classes().should(dependencies("use only the modules their module may use", (origin, target) -> {
            var from = Modules.owning(origin.getPackageName(), modules);
            var to = Modules.owning(target.getPackageName(), modules);
            return from.isEmpty() || to.isEmpty() || from.get().equals(to.get()) || from.get().mayUse().contains(to.get().name());
        })).because("modules depend on tenant-core, never on each other (DESIGN.md §1)").allowEmptyShould(true);
    }

    /** Every production class belongs to one of the known modules. */
    public static ArchRule everyClassBelongsToAModule(List<Modules.Module> modules) {
        return classes().should(new ArchCondition<JavaClass>("belong to a registered module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (Modules.owning(type.getPackageName(), modules).isEmpty()) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is in no module's root package"));
                }
            }
        });
    }

    /**
     * No cycles between the roots of a module, between its features, or between the packages
     * right below each feature (for example domain and application).
     */
    public static List<ArchRule> freeOfCycles(List<String> roots) {
        List<ArchRule> rules = new ArrayList<>();
        if (roots.size() > 1) {
            String common = roots.get(0).substring(0, roots.get(0).lastIndexOf('.'));
            rules.add(slices().matching(common + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true));
        }
        for (String root : roots) {
            rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true));
            rules.add(slices().matching(root + ".(*).(*)..").should().beFreeOfCycles().allowEmptyShould(true));
        }
        return rules;
    }

    static ArchCondition<JavaClass> dependencies(String description, BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().startsWith("org.hugmenow.") && !allowed.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
