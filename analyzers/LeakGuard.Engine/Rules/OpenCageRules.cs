using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OpenCageRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://opencagedata.com/dashboard#geocoding", "OpenCage:ApiKey", "OPENCAGE_API_KEY");

    // An OpenCage geocoding API key: 32 hex digits, given to the client by position or sent to api.opencagedata.com.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "opencage-api-key",
            "OpenCage",
            "OpenCage geocoding API key (32 hex digits)",
            Patterns.QueryParameter("api\\.opencagedata\\.com/geocode/", "key", Key) + "|OpenCageGeocode\\([ \t]{0,3}(?:key[ \t]{0,3}=[ \t]{0,3})?[\"'](?<secret>[0-9a-f]{32})[\"']|" + Patterns.AssignedTo("open_?cage_?(?:api_?)?key", Key),
            new[] { "opencage", "open_cage" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 2.5,
        },
    };
}
