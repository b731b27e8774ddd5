using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SpoonacularRules
{
    private static readonly Remediation Remediation = new("https://spoonacular.com/food-api/console#Profile", "Spoonacular:ApiKey", "SPOONACULAR_API_KEY");

    // A Spoonacular food API key: 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "spoonacular-api-key",
            "Spoonacular",
            "Spoonacular API key (32 hex digits)",
            Patterns.QueryParameter("api\\.spoonacular\\.com/", "apikey", "[0-9a-f]{32}") + "|" + Patterns.AssignedTo("spoonacular_?(?:api_?)?key", "[0-9a-f]{32}"),
            new[] { "spoonacular", "spoonacular" },
            Remediation)
        {
            ReferencedValue = "[0-9a-f]{32}",
            MinEntropy = 3,
        },
    };
}
