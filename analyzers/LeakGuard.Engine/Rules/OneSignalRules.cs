using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OneSignalRules
{
    private static readonly Remediation Remediation = new("https://dashboard.onesignal.com/", "OneSignal:RestApiKey", "ONESIGNAL_REST_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The REST API key of an app or an organization sends notifications to every subscriber; the app id beside it
        // is public (a UUID, in every app).
        new SecretRule(
            "onesignal-rest-api-key",
            "OneSignal",
            "OneSignal REST API key (os_v2_app_, os_v2_org_)",
            Patterns.Token("os_v2_(?:app|org)_[a-z0-9]{80,120}", Patterns.Base62),
            new[] { "os_v2_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
