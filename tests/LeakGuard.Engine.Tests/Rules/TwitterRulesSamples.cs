using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TwitterRulesSamples
{
    private static readonly string WebClientToken = FakeKey.Of(new string('A', 21), "NRILg", new string('A', 6), "nNwIzUejRCOuH5E6I8xnZz4puTs", "%3D", "1Zv7ttfk8LF81IUq16cHjhLTvJu4FA33AGWWjCpTnA");

    private static readonly string ConsumerKey = FakeKey.Random(FakeKey.Base62, 25, 21);

    private static readonly string ConsumerSecret = FakeKey.Random(FakeKey.Base62, 50, 22);

    private static readonly string AccessToken = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 10, 23), "-", FakeKey.Random(FakeKey.Base62, 40, 24));

    private static readonly string AccessSecret = FakeKey.Random(FakeKey.Base62, 45, 25);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("twitter-api-key", ConsumerKey, "TWITTER_API_KEY")
        .Finds("twitter-api-secret", ConsumerSecret, "TWITTER_API_SECRET")
        .Finds("twitter-access-token", AccessToken, "TWITTER_ACCESS_TOKEN")
        .Finds("twitter-access-secret", AccessSecret, "TWITTER_ACCESS_TOKEN_SECRET")
        .FindsIn("twitter-api-key", "tweepy's handler", $"auth = tweepy.OAuth1UserHandler(\"{ConsumerKey}\", consumer_secret)", ConsumerKey)
        .FindsIn("twitter-api-secret", "LinqToTwitter's credentials", $"CredentialStore = new SingleUserInMemoryCredentialStore\n{{\n    ConsumerKey = consumerKey,\n    ConsumerSecret = \"{ConsumerSecret}\",", ConsumerSecret)
        .FindsIn("twitter-access-token", "Tweetinvi's credentials", $"var client = new TwitterClient(consumerKey, consumerSecret, \"{AccessToken}\", accessSecret);", AccessToken)
        .Ignores("twitter-api-key", "no Twitter nearby", $"id: {ConsumerKey}")
        .Ignores("twitter-api-key", "a run inside base 64 next to a share button", $"<a href=\"https://twitter.com/share\">Tweet</a><link integrity=\"sha384-Ab/{ConsumerKey}+cd\">")
        .Ignores("twitter-api-secret", "words, not a key", "twitter: " + "ApplicationConfigurationProviderSettingsForTenant2")
        .Ignores("twitter-access-token", "a number and lower-case letters", $"twitter: {FakeKey.Random(TestKeys.Digits, 10, 26)}-{FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 40, 27)}")
        .Ignores("twitter-access-secret", "one character short", $"twitter: {AccessSecret[..^1]}")
        .Finds("twitter-bearer-token", TestKeys.TwitterBearer(), "TWITTER_BEARER_TOKEN")
        .FindsIn("twitter-bearer-token", "an Authorization header", $"headers = {{\"Authorization\": \"Bearer {TestKeys.TwitterBearer(2)}\"}}", TestKeys.TwitterBearer(2))
        .Ignores("twitter-bearer-token", "the token X's own web client ships", $"BEARER = \"{WebClientToken}\"")
        .Ignores("twitter-bearer-token", "a tail that is not random", "value: " + new string('A', 21) + "BCDEF" + new string('A', 30) + "%3D" + new string('A', 50))
        .Ignores("twitter-bearer-token", "without the encoded consumer part", "value: " + TestKeys.TwitterBearer(3).Replace("%3D", "x", System.StringComparison.Ordinal));
}
