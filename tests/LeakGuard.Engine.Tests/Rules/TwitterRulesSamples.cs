using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TwitterRulesSamples
{
    private static readonly string WebClientToken = FakeKey.Of(new string('A', 21), "NRILg", new string('A', 6), "nNwIzUejRCOuH5E6I8xnZz4puTs", "%3D", "1Zv7ttfk8LF81IUq16cHjhL", "TvJu4FA33AGWWjCpTnA");

    private static readonly string ConsumerKey = FakeKey.Random(FakeKey.Base62, 25, 21);

    private static readonly string ConsumerSecret = FakeKey.Random(FakeKey.Base62, 50, 22);

    private static readonly string AccessToken = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 10, 23), "-", FakeKey.Random(FakeKey.Base62, 40, 24));

    private static readonly string AccessSecret = FakeKey.Random(FakeKey.Base62, 45, 25);

    private static readonly string JwtSecret = FakeKey.Random(FakeKey.Hex, 45, 31);

    private static readonly string LegacyConsumerKey = FakeKey.Random(FakeKey.Base62, 22, 28);

    private static readonly string LegacyConsumerSecret = FakeKey.Random(FakeKey.Base62, 42, 29);

    private static readonly string LettersOnlyConsumerKey = FakeKey.Of("Kq", FakeKey.Random(TestKeys.Letters, 21, 30), "Zw");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("twitter-api-key", ConsumerKey, "TWITTER_API_KEY")
        .Finds("twitter-api-secret", ConsumerSecret, "TWITTER_API_SECRET")
        .Finds("twitter-access-token", AccessToken, "TWITTER_ACCESS_TOKEN")
        .Finds("twitter-access-secret", AccessSecret, "TWITTER_ACCESS_TOKEN_SECRET")
        .FindsIn("twitter-api-key", "tweepy's handler", $"auth = tweepy.OAuth1UserHandler(\"{ConsumerKey}\", consumer_secret)", ConsumerKey)
        .FindsIn("twitter-api-secret", "LinqToTwitter's credentials", $"CredentialStore = new SingleUserInMemoryCredentialStore\n{{\n    ConsumerKey = consumerKey,\n    ConsumerSecret = \"{ConsumerSecret}\",", ConsumerSecret)
        .FindsIn("twitter-access-token", "Tweetinvi's credentials", $"var client = new TwitterClient(consumerKey, consumerSecret, \"{AccessToken}\", accessSecret);", AccessToken)
        .FindsIn("twitter-access-secret", "a bot's config with no Twitter in it", $"ACCESS_TOKEN = os.environ['ACCESS_TOKEN']\nACCESS_TOKEN_SECRET = '{AccessSecret}'\n", AccessSecret)
        .FindsIn("twitter-access-token", "X_ env names", $"X_ACCESS_TOKEN={AccessToken}\nX_ACCESS_TOKEN_SECRET=${{SECRET}}\n", AccessToken)
        .Ignores("twitter-api-key", "a shared tweet's tracking parameter", $"/** @see https://twitter.com/someone/status/1563549219633430530?s=20&t={LegacyConsumerKey} */")
        .FindsIn("twitter-api-key", "a consumer key from before 2013 (22 characters)", $"twit = new twitter({{\n  consumer_key: '{LegacyConsumerKey}',", LegacyConsumerKey)
        .FindsIn("twitter-api-secret", "a consumer secret from before 2013 (42 characters)", $".setOAuthConsumerSecret(\"{LegacyConsumerSecret}\")\n.setOAuthAccessTokenSecret(accessSecret)", LegacyConsumerSecret)
        .FindsIn("twitter-api-key", "a consumer key without a digit", $"consumer_key = '{LettersOnlyConsumerKey}'", LettersOnlyConsumerKey)
        .Ignores("twitter-api-key", "23 characters, neither length", $"consumer_key = '{ConsumerKey[..23]}'")
        .Ignores("twitter-api-key", "a function's name beside a consumer key's", "result = await getCommandAndParentPID(ppid);\nwhile (result.parentPID !== 1 && !result.consumerKey) {")
        .Ignores("twitter-api-key", "a piece of a URL-encoded OAuth signature", $"'OAuth oauth_consumer_key=\"consumer_key\", oauth_nonce=\"12345678\", oauth_signature=\"7crYee%2B{FakeKey.Random(FakeKey.Base62, 23, 40)}%3D\", oauth_signature_method=\"HMAC-SHA1\"'")
        .FindsIn("twitter-api-secret", "a consumer secret from before 2013 (43 characters) a builder takes by name", $"import twitter4j.conf.ConfigurationBuilder;\nString CONSUMER_SECRET=\"{FakeKey.Random(FakeKey.Base62, 43, 30)}\";", FakeKey.Random(FakeKey.Base62, 43, 30))
        .Ignores("twitter-api-secret", "the nonce of X's signature documentation", $"// twitter sample data\noauth.getNonce = function() {{ return '{FakeKey.Of("kYjzVBB8Y0ZFab", "xSWbWovY3uYSQ2p", "TgmZeNu2VS4cg")}'; }};")
        .Ignores("twitter-api-secret", "the consumer secret of X's signature documentation", $"// twitter\nconsumerSecret: '{FakeKey.Of("kAcSOqF21Fu85e7z", "jz7ZN2U4ZRhfV3Wp", "wPAoE3Z7kBw")}',")
        .Ignores("twitter-api-secret", "a wheel's RECORD hash of 43 characters", $"flask_dance/contrib/twitter.py,sha256={FakeKey.Random(FakeKey.Base62, 43, 32)},4040")
        .Ignores("twitter-api-secret", "a file's hash in a wheel's RECORD", $"flask_dance/contrib/twitter.py,sha256=-{FakeKey.Random(FakeKey.Base62, 42, 41)},4040")
        .Ignores("twitter-api-secret", "the request token of X's Sign in with Twitter docs", $"https://api.twitter.com/oauth/authenticate?oauth_token={FakeKey.Of("Z6eEdO8MOmk394", "WozF5oKyuAv855l", "4Mlqo7hhlSLik")}")
        .Ignores("twitter-access-token", "the access token of X's OAuth docs", $"oauth_token={FakeKey.Of("6253282-eWudHld", "SbIaelX7swmsiHImEL4K", "inwaGloHANdrY")}&oauth_token_secret=secret")
        .Ignores("twitter-api-key", "a camel-case name, not a key", "consumer_key = ConsumerKeyFromSettings")
        .FindsIn("generic-secret", "a JWT signing secret under the same name, lower-case hex: only the generic rule", $"ACCESS_TOKEN_SECRET={JwtSecret}", JwtSecret)
        .Ignores("twitter-api-key", "no Twitter nearby", $"id: {ConsumerKey}")
        .Ignores("twitter-api-key", "a run inside base 64 next to a share button", $"<a href=\"https://twitter.com/share\">Tweet</a><link integrity=\"sha384-Ab/{ConsumerKey}+cd\">")
        .Ignores("twitter-api-secret", "words, not a key", "twitter: " + "ApplicationConfigurationProviderSettingsForTenant2")
        .Ignores("twitter-access-token", "a number and lower-case letters", $"twitter: {FakeKey.Random(TestKeys.Digits, 10, 26)}-{FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 40, 27)}")
        .Ignores("twitter-access-secret", "one character short", $"twitter: {AccessSecret[..^1]}")
        .Finds("twitter-bearer-token", TestKeys.TwitterBearer(), "TWITTER_BEARER_TOKEN")
        .FindsIn("twitter-bearer-token", "an Authorization header", $"headers = {{\"Authorization\": \"Bearer {TestKeys.TwitterBearer(2)}\"}}", TestKeys.TwitterBearer(2))
        .Ignores("twitter-bearer-token", "the token X's own web client ships", $"BEARER = \"{WebClientToken}\"")
        .Ignores("twitter-bearer-token", "a tail that is not random", "value: " + new string('A', 21) + "BCDEF" + new string('A', 30) + "%3D" + new string('A', 50))
        .Ignores("twitter-bearer-token", "without the encoded consumer part", "value: " + TestKeys.TwitterBearer(3).Replace("%3D", "x", System.StringComparison.Ordinal))
        .Ignores("twitter-api-secret", "the consumer part of X's published web-client token, on its own", $"twitter_web_consumer = \"{WebClientToken[^42..]}\"\n");
}
