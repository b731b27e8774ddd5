using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RoboflowRules
{
    private const string Key = "[A-Za-z0-9]{20}";

    private static readonly Remediation Remediation = new("https://app.roboflow.com/settings/api", "Roboflow:ApiKey", "ROBOFLOW_API_KEY");

    // A Roboflow API key: 20 letters and digits, given to the client, on a Roboflow inference URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "roboflow-api-key",
            "Roboflow",
            "Roboflow API key (20 letters and digits)",
            "Roboflow\\([ \t]{0,3}api_key[ \t]{0,3}=[ \t]{0,3}[\"'](?<secret>[A-Za-z0-9]{20})[\"']|" + Patterns.AssignedReference("Roboflow\\([ \t]{0,3}api_key") + "|" + Patterns.QueryParameter("(?:detect|classify|outline|serverless)\\.roboflow\\.com/", "api_key", Key) + "|" + Patterns.AssignedTo("roboflow_?(?:api_?)?key", Key),
            new[] { "roboflow" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = Plausibility.IsRandomBase62,
        },
    };
}
