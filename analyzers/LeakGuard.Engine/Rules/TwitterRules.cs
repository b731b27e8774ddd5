using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TwitterRules
{
    private const string Portal = "https://developer.x.com/en/portal/dashboard";

    private static readonly Remediation Remediation = new(Portal, "X:BearerToken", "TWITTER_BEARER_TOKEN");

    // The OAuth 1.0a credentials of an app and of the user it acts for: plain letters and digits of fixed lengths, so a
    // library or the name of one of them must be nearby. Bounded by base 64 both sides, so a run inside a base 64 blob
    // (a CDN link's integrity hash next to a share button) is not one.
    // "access_token_secret" is the name OAuth 1.0a code gives the user's token secret (tweepy, twit, twitter4j's
    // setOAuthAccessTokenSecret), and bot configs hold the four keys under API_KEY, API_SECRET, ACCESS_TOKEN and
    // ACCESS_TOKEN_SECRET (or X_… names) with no "twitter" in the file.
    private static readonly string[] Context = { "twitter", "tweepy", "twython", "tweetinvi", "consumer_key", "consumerkey", "consumer_secret", "consumersecret", "access_token_secret", "accesstokensecret" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // An app-only bearer token: a run of "A" (the zero bytes of its binary header), the app's id, then the URL-encoded
        // consumer part ending in "%3D" (an encoded '=') and a random tail. The run of A belongs to the format, so the
        // tail is what must look random.
        new SecretRule(
            "twitter-bearer-token",
            "X (Twitter)",
            "X (Twitter) API app-only bearer token",
            Patterns.Token("A{20}[A-Za-z0-9%]{20,80}%3D[A-Za-z0-9]{30,70}", Patterns.Base62 + "%"),
            new[] { "AAAAAAAAAAAAAAAAAAAA" },
            Remediation)
        {
            RunsBelongToFormat = true,
            IsPlausible = HasRandomTail,
        },
        ContextGatedRule.Create(
            "twitter-api-key",
            "X (Twitter)",
            "X (Twitter) API key, or consumer key (25 letters and digits, 22 for apps made before 2013, next to Twitter)",
            Patterns.Token("[A-Za-z0-9]{25}|[A-Za-z0-9]{22}", Patterns.Base64),
            Context,
            new Remediation(Portal, "X:ApiKey", "TWITTER_API_KEY"),
            minEntropy: 3.5,
            isPlausible: IsRandomLetters),
        ContextGatedRule.Create(
            "twitter-api-secret",
            "X (Twitter)",
            "X (Twitter) API key secret, or consumer secret (50 letters and digits, 42 or 43 for apps made before 2013, next to Twitter)",
            Patterns.Token("[A-Za-z0-9]{50}|[A-Za-z0-9]{42,43}", Patterns.Base64),
            Context,
            new Remediation(Portal, "X:ApiSecret", "TWITTER_API_SECRET"),
            minEntropy: 4,
            isPlausible: IsRandom),
        ContextGatedRule.Create(
            "twitter-access-token",
            "X (Twitter)",
            "X (Twitter) user access token (the user's id, '-' and letters and digits, next to Twitter)",
            Patterns.Token("[0-9]{6,20}-[A-Za-z0-9]{25,45}", Patterns.Base64 + "-"),
            Context,
            new Remediation(Portal, "X:AccessToken", "TWITTER_ACCESS_TOKEN"),
            minEntropy: 3.5,
            isPlausible: value => IsRandom(value.Substring(value.IndexOf('-') + 1))),
        ContextGatedRule.Create(
            "twitter-access-secret",
            "X (Twitter)",
            "X (Twitter) user access token secret (45 letters and digits next to Twitter)",
            Patterns.Token("[A-Za-z0-9]{45}", Patterns.Base64),
            Context,
            new Remediation(Portal, "X:AccessTokenSecret", "TWITTER_ACCESS_TOKEN_SECRET"),
            minEntropy: 4,
            isPlausible: IsRandom),
    };

    private static bool IsRandom(string value) =>
        Plausibility.MixesCasesAndDigits(value) && !Plausibility.IsMostlyWords(value);

    // A consumer key is 22 or 25 random letters and digits: about one in 80 of the 25-character keys has no digit at
    // all, so only mixed case and not words are required of it.
    private static bool IsRandomLetters(string value) =>
        Plausibility.HasUpperAndLower(value) && !Plausibility.IsMostlyWords(value);

    private static bool HasRandomTail(string value)
    {
        var tail = value.Substring(value.LastIndexOf("%3D", System.StringComparison.Ordinal) + 3);
        return Plausibility.MixesLettersAndDigits(tail, digits: 2)
            && Plausibility.HasUpperAndLower(tail)
            && Entropy.Shannon(tail) >= 4
            && !Placeholders.IsPlaceholder(tail);
    }
}
