using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FlickrRulesSamples
{
    private static readonly string FlickrAccessToken = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("flickr-access-token", FlickrAccessToken, "FLICKR_API_KEY")
        .Ignores("flickr-access-token", "no flickr context", $"\"checksum\": \"{FlickrAccessToken}\"")
        .Ignores("flickr-access-token", "one character short", $"flickr: {FlickrAccessToken[..^1]}");
}
