package io.globaldesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GlobalDeskApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyModuleIsADirectSubPackageOfIoGlobaldesk() {
        assertThat(modules.stream().map(m -> m.getBasePackage().getName()))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).matches("io\\.globaldesk\\.[a-z]+"));
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
