using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MapTilerRules
{
    private const string Key = "[A-Za-z0-9]{20}";

    private static readonly Remediation Remediation = new("https://cloud.maptiler.com/account/keys/", "MapTiler:ApiKey", "MAPTILER_API_KEY");

    // A MapTiler API key: 20 letters and digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "maptiler-api-key",
            "MapTiler",
            "MapTiler API key (20 letters and digits)",
            Patterns.QueryParameter("api\\.maptiler\\.com/", "key", Key) + "|" + Patterns.AssignedTo("maptiler_?(?:api_?)?key", Key),
            new[] { "maptiler", "maptiler" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
