using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SpoonacularRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://spoonacular.com/food-api/console#Profile", "Spoonacular:ApiKey", "SPOONACULAR_API_KEY");

    // A Spoonacular food API key: 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "spoonacular-api-key",
            "Spoonacular",
            "Spoonacular API key (32 hex digits)",
            Patterns.QueryParameter("api\\.spoonacular\\.com/", "apikey", Key) + "|" + Patterns.AssignedTo("spoonacular_?(?:api_?)?key", Key),
            new[] { "spoonacular", "spoonacular" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
