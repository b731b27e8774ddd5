using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WebexRules
{
    private static readonly Remediation Remediation = new("https://developer.webex.com/my-apps", "Webex:AccessToken", "WEBEX_ACCESS_TOKEN");

    private static readonly string[] Context = { "webex", "ciscospark", "spark" };

    // A bot's or a person's access token: 64 letters and digits, a 4-character cluster code ("PF84") and the
    // organization's UUID, joined by '_'. A bot's token does not expire; it posts and reads as the bot in every space it
    // is in.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "webex-access-token",
            "Webex",
            "Webex bot or personal access token (64 characters, a cluster code and the organization's UUID, next to Webex)",
            Patterns.Token("[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_" + Patterns.Uuid, Patterns.UrlSafe),
            Context,
            Remediation,
            minEntropy: 4),
    };
}
