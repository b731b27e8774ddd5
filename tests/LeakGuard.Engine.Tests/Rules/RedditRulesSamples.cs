using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RedditRulesSamples
{
    private static readonly string Secret = FakeKey.Random(FakeKey.UrlSafe, 27, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("reddit-client-secret", Secret, "REDDIT_CLIENT_SECRET")
        .FindsIn("reddit-client-secret", "a PRAW bot", $"reddit = praw.Reddit(\n    client_id=\"AbCdEfGh123456\",\n    client_secret=\"{Secret}\",\n    user_agent=\"bot\",\n)", Secret)
        .FindsIn("reddit-client-secret", "snoowrap's options", $"const client = new Snoowrap({{\n    userAgent: 'translate-text',\n    clientSecret: '{Secret}',", Secret)
        .FindsIn("oauth-client-secret", "no Reddit near: an OAuth client secret, not Reddit's", $"client_secret = \"{Secret}\"", Secret)
        .Ignores("reddit-client-secret", "lower-case letters only", $"reddit_secret: {FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 27, 2)}");
}
