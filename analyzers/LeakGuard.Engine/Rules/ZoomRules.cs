using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ZoomRules
{
    private static readonly Remediation Remediation = new("https://marketplace.zoom.us/user/build", "Zoom:ClientSecret", "ZOOM_CLIENT_SECRET");

    private static readonly string[] ZoomClientSecretContext = { "zoom_", "zoom.us", "zoomclient", "zoomapi", "zoomsecret" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "zoom-client-secret",
            "Zoom",
            "Zoom app client secret (32 characters next to the word Zoom)",
            Patterns.Token("[A-Za-z0-9]{32}", Patterns.Base62),
            ZoomClientSecretContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
