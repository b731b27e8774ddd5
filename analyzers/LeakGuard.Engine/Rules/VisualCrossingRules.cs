using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VisualCrossingRules
{
    private const string Key = "[A-Z0-9]{25}";

    private static readonly Remediation Remediation = new("https://www.visualcrossing.com/account", "VisualCrossing:ApiKey", "VISUAL_CROSSING_API_KEY");

    // A Visual Crossing weather API key: 25 capitals and digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "visualcrossing-api-key",
            "Visual Crossing",
            "Visual Crossing API key (25 capitals and digits)",
            Patterns.QueryParameter("weather\\.visualcrossing\\.com/", "key", Key) + "|" + Patterns.AssignedTo("visual_?crossing_?(?:api_?)?key", Key),
            new[] { "visualcrossing", "visual_crossing" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
