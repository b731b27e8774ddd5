using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DevCycleRules
{
    private static readonly Remediation Remediation = new("https://app.devcycle.com/r/environments", "DevCycle:ServerSdkKey", "DEVCYCLE_SERVER_SDK_KEY");

    // A server SDK key of the feature-flag service: "dvc_server_", a UUID written with '_' and 7 hex digits. It reads every
    // flag's configuration and the environment's audiences (client and mobile keys are public by design).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "devcycle-server-sdk-key",
            "DevCycle",
            "DevCycle server SDK key (dvc_server_)",
            Patterns.Token("dvc_server_[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}_[0-9a-f]{7}"),
            new[] { "dvc_server_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
