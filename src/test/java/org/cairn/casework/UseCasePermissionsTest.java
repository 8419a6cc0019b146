package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cairn.casebook.Casebook;
import org.cairn.vault.TestVaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every use case, called as every role. Found by reflection from {@link Casework}'s groups, so a new use case is
 * covered the day it is written: it must carry {@link Performs}, and a role its action does not allow must be
 * refused with that action's code before anything else happens (the arguments here are dummies that would fail
 * any real work).
 */
class UseCasePermissionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static final Map<Role, Casework> SESSIONS = new EnumMap<>(Role.class);

    @BeforeAll
    static void oneCasebookPerRole() {
        for (Role role : Role.values()) {
            Casebook casebook = Casebook.open(TestVaults.create(dir.resolve(role.name())).vault(), CLOCK, "someone");
            SESSIONS.put(role, new Casework(casebook, new Person("someone", role)));
        }
    }

    @AfterAll
    static void closeThem() {
        SESSIONS.clear();
    }

    private static Casework as(Role role) {
        return SESSIONS.get(role);
    }

    /** The groups Casework hands out: each public no-argument accessor returning a class of this package. */
    static List<Method> groups() {
        return Arrays.stream(Casework.class.getMethods())
                .filter(m -> m.getDeclaringClass() == Casework.class && m.getParameterCount() == 0)
                .filter(m -> m.getReturnType().getPackage() == Casework.class.getPackage())
                .filter(m -> m.getReturnType() != Person.class)
                .toList();
    }

    static List<Method> useCases() {
        List<Method> all = new ArrayList<>();
        for (Method group : groups()) {
            Arrays.stream(group.getReturnType().getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                            && !m.isSynthetic())
                    .forEach(all::add);
        }
        return all;
    }

    static Stream<Arguments> everyUseCaseAsEveryRole() {
        return useCases().stream().flatMap(m -> Arrays.stream(Role.values()).map(r -> Arguments.of(m, r)));
    }

    @Test
    void everyPublicUseCaseNamesTheActionItPerforms() {
        assertThat(useCases()).isNotEmpty();
        assertThat(useCases()).allSatisfy(m -> assertThat(m.getAnnotation(Performs.class))
                .as("%s.%s has no @Performs", m.getDeclaringClass().getSimpleName(), m.getName()).isNotNull());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyUseCaseAsEveryRole")
    void aRoleTheRuleDoesNotAllowIsRefusedFirst(Method useCase, Role role) throws Exception {
        Action action = useCase.getAnnotation(Performs.class).value();
        Casework casework = as(role);
        Object group = groupFor(casework, useCase);
        Throwable thrown = catchThrowable(() -> invokeWithDummies(group, useCase));
        if (action.allows(role)) {
            assertThat(thrown).as("%s as %s", action, role).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isNotInstanceOf(CaseworkException.class),
                    t -> assertThat(((CaseworkException) t).problem()).isNotEqualTo(Problem.NOT_PERMITTED));
        } else {
            assertThat(thrown).as("%s as %s", action, role).isInstanceOf(CaseworkException.class);
            CaseworkException refused = (CaseworkException) thrown;
            assertThat(refused.problem()).isEqualTo(Problem.NOT_PERMITTED);
            assertThat(refused.arguments()).containsExactly(action.name());
        }
    }

    @Test
    void coordinatorsAreAllowedNoActionThatShowsCaseContent() {
        assertThat(Action.READ_CASE_FILE.allows(Role.COORDINATOR)).isFalse();
        assertThat(Action.FIND_CASES.allows(Role.COORDINATOR)).isFalse();
        assertThat(Action.READ_PLANS.allows(Role.COORDINATOR)).isFalse();
        assertThat(Action.READ_REFERRALS.allows(Role.COORDINATOR)).isFalse();
    }

    @Test
    void onlyAdministratorsManagePeople() {
        for (Action people : List.of(Action.ADD_PERSON, Action.REMOVE_PERSON, Action.LIST_PEOPLE)) {
            assertThat(people.allowedRoles()).containsExactly(Role.ADMINISTRATOR);
        }
    }

    private static Object groupFor(Casework casework, Method useCase) throws Exception {
        for (Method group : groups()) {
            if (group.getReturnType() == useCase.getDeclaringClass()) {
                return group.invoke(casework);
            }
        }
        throw new AssertionError("no group hands out " + useCase.getDeclaringClass());
    }

    private static void invokeWithDummies(Object target, Method method) throws Throwable {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(UseCasePermissionsTest::dummy).toArray();
        try {
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object dummy(Class<?> type) {
        if (type == long.class) {
            return -1L;
        }
        if (type == int.class) {
            return -1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return -1.0;
        }
        return null;
    }
}
