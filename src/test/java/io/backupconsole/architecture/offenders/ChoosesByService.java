package io.backupconsole.architecture.offenders;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;

/**
 * What {@code ServiceModuleRulesTest}'s rule against singling out a service exists to stop: shared code that
 * compares a service to a constant to choose behaviour (a {@code switch} in disguise; the module should say).
 */
@SuppressWarnings("unused")
public final class ChoosesByService {
    private ChoosesByService() {}

    static boolean canCancel(Resource resource) {
        return resource.service().equals(AwsService.BACKUP);
    }
}
