using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ZoomRules
{
    private static readonly Remediation Remediation = new("https://marketplace.zoom.us/user/build", "Zoom:ClientSecret", "ZOOM_CLIENT_SECRET");

    // Also the section and type names configuration gives Zoom's settings: appsettings.json's "Zoom": { … } (bound to
    // Zoom:ClientSecret), ZoomSettings, zoomConfig, and the Meeting SDK's ZoomMtg. Not "zoom" alone: maps set a zoom level
    // beside their own keys.
    private static readonly string[] ZoomClientSecretContext = { "zoom_", "zoom.us", "zoomclient", "zoomapi", "zoomsecret", "\"zoom\": {", "\"zoom\":{", "zoomsettings", "zoomconfig", "zoomoptions", "zoommtg", "zoomsdk" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "zoom-client-secret",
            "Zoom",
            "Zoom app client secret or JWT app API secret (32 or 36 characters next to the word Zoom)",
            Patterns.Token("[A-Za-z0-9]{32}|[A-Za-z0-9]{36}", Patterns.Base62),
            ZoomClientSecretContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
