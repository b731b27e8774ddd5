using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WeatherstackRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://apilayer.com/account", "Apilayer:AccessKey", "WEATHERSTACK_ACCESS_KEY");

    // An apilayer access key (weatherstack, ipstack, positionstack, mediastack, marketstack): 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "apilayer-access-key",
            "apilayer",
            "apilayer API key (32 hex digits)",
            Patterns.QueryParameter("api\\.(?:weatherstack|ipstack|positionstack|mediastack|marketstack)\\.com", "access_key", Key) + "|" + Patterns.AssignedTo("(?:weather|ip|position|media|market)stack_?(?:api_?|access_?)?key", Key),
            new[] { "stack.com", "weatherstack", "ipstack", "positionstack", "mediastack", "marketstack" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
