using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RedditRules
{
    private static readonly Remediation Remediation = new("https://www.reddit.com/prefs/apps", "Reddit:ClientSecret", "REDDIT_CLIENT_SECRET");

    private static readonly string[] Context = { "reddit", "praw", "snoowrap" };

    // A script or web app's client secret (27 to 30 URL-safe characters): with the account's password, bots built on PRAW
    // act as that account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "reddit-client-secret",
            "Reddit",
            "Reddit app client secret (27 to 30 characters under a secret's name, next to Reddit or PRAW)",
            Patterns.AssignedTo("secret", "[A-Za-z0-9_-]{27,30}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
