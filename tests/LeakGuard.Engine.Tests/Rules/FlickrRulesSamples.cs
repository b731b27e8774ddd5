using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FlickrRulesSamples
{
    private static readonly string FlickrAccessToken = FakeKey.Random(FakeKey.Hex, 32, 1);

    private static readonly string Secret = FakeKey.Random(FakeKey.Hex, 16, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("flickr-access-token", FlickrAccessToken, "FLICKR_API_KEY")
        .Ignores("flickr-access-token", "no flickr context", $"\"checksum\": \"{FlickrAccessToken}\"")
        .Ignores("flickr-access-token", "one character short", $"flickr: {FlickrAccessToken[..^1]}")
        .FindsIn("flickr-api-secret", "a secret's name", $"FLICKR_API_SECRET = '{Secret}'", Secret)
        .FindsIn("flickr-api-secret", "flickrapi's FlickrAPI(key, secret), the key a GUID that is not reported", $"flickr = flickrapi.FlickrAPI('{TestKeys.CompactGuid(3)}', '{Secret}', cache=True)", Secret)
        .FindsIn("flickr-api-secret", "a secret of less than 3 bits of entropy a digit", $"api_secret = u'{FakeKey.Of("a1b2a1b3", "c4a1b2c5")}'\nflickr = flickrapi.FlickrAPI(api_key, api_secret)", FakeKey.Of("a1b2a1b3", "c4a1b2c5"))
        .Ignores("flickr-api-secret", "letters only", $"flickr_secret = '{FakeKey.Random("abcdef", 16, 4)}'");
}
