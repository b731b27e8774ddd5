using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HerokuRules
{
    private static readonly Remediation Remediation = new("https://dashboard.heroku.com/account/applications", "Heroku:ApiKey", "HEROKU_API_KEY");

    // The names a legacy key goes by, not the word alone: an app's address (cors-anywhere.herokuapp.com) says nothing
    // of the UUIDs near it.
    private static readonly string[] HerokuLegacyApiKeyContext =
    {
        "heroku_api", "herokuapi", "heroku-api", "heroku api", "api.heroku.com", "heroku_key", "herokukey", "heroku_token", "herokutoken",
        "heroku_auth", "heroku:", "heroku.api",
    };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "heroku-api-key",
            "Heroku",
            "Heroku API key (HRKU-)",
            // "HRKU-AA" and 58 characters, or (an API key with the prefix added to the legacy value) "HRKU-" and a UUID.
            Patterns.Token("HRKU-(?:AA[A-Za-z0-9_-]{58}|" + Patterns.Uuid + ")"),
            new[] { "HRKU-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "heroku-legacy-api-key",
            "Heroku",
            "Heroku legacy API key (a UUID next to the word Heroku)",
            Patterns.Token(Patterns.Uuid),
            HerokuLegacyApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
