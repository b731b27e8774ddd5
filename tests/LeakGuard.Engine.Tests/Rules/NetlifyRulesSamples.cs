using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NetlifyRulesSamples
{
    private static readonly string NetlifyPatKey = FakeKey.Of("nf", "p_", FakeKey.Random(FakeKey.Base62, 36, 1));

    private static readonly string NetlifyLegacyTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 43, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("netlify-pat", NetlifyPatKey, "API_KEY")
        .Ignores("netlify-pat", "one character short", $"value: {NetlifyPatKey[..^1]}")
        .Ignores("netlify-pat", "embedded in a longer token", "value: Q" + NetlifyPatKey)
        .Finds("netlify-legacy-token", NetlifyLegacyTokenKey, "NETLIFY_AUTH_TOKEN")
        .Ignores("netlify-legacy-token", "the signature of Netlify Dev's emulated-identity JWT", $"// netlify dev\nconst token = \"{TestKeys.JwtOf("{\"source\":\"netlify dev\",\"testData\":\"NETLIFY_DEV_LOCALLY_EMULATED_IDENTITY\"}", 10)}\";")
        .Ignores("netlify-legacy-token", "no netlify context", $"\"checksum\": \"{NetlifyLegacyTokenKey}\"")
        .Ignores("netlify-legacy-token", "one character below the minimum length", $"netlify: {NetlifyLegacyTokenKey[..39]}")
        .FindsIn("netlify-legacy-token", "an older token of 64 hex digits in an API URL", $"fetch(`https://api.netlify.com/api/v1/sites?access_token={FakeKey.Random(FakeKey.Hex, 64, 5)}`)", FakeKey.Random(FakeKey.Hex, 64, 5))
        .FindsIn("netlify-legacy-token", "an older token under a token's name", $"const token = '{FakeKey.Random(FakeKey.Hex, 64, 6)}';\nconst url = `https://api.netlify.com/api/v1/sites/${{siteId}}/deploys?access_token=${{token}}`;", FakeKey.Random(FakeKey.Hex, 64, 6))
        .Ignores("netlify-legacy-token", "a file digest of 64 hex digits beside Netlify", $"netlify deploy: {{ \"functions\": {{ \"hello\": \"{FakeKey.Random(FakeKey.Hex, 64, 7)}\" }} }}");
}
