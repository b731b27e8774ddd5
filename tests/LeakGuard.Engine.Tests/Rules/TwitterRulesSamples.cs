using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TwitterRulesSamples
{
    private static readonly string WebClientToken = FakeKey.Of(new string('A', 21), "NRILg", new string('A', 6), "nNwIzUejRCOuH5E6I8xnZz4puTs", "%3D", "1Zv7ttfk8LF81IUq16cHjhLTvJu4FA33AGWWjCpTnA");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("twitter-bearer-token", TestKeys.TwitterBearer(), "TWITTER_BEARER_TOKEN")
        .FindsIn("twitter-bearer-token", "an Authorization header", $"headers = {{\"Authorization\": \"Bearer {TestKeys.TwitterBearer(2)}\"}}", TestKeys.TwitterBearer(2))
        .Ignores("twitter-bearer-token", "the token X's own web client ships", $"BEARER = \"{WebClientToken}\"")
        .Ignores("twitter-bearer-token", "a tail that is not random", "value: " + new string('A', 21) + "BCDEF" + new string('A', 30) + "%3D" + new string('A', 50))
        .Ignores("twitter-bearer-token", "without the encoded consumer part", "value: " + TestKeys.TwitterBearer(3).Replace("%3D", "x", System.StringComparison.Ordinal));
}
