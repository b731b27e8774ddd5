using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HeliconeRulesSamples
{
    private static readonly string HeliconeApiKeyKey = FakeKey.Of("s", "k-", "helicone-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 1), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 2), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 3), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 4));

    private static readonly string Groups = HeliconeApiKeyKey["sk-helicone-".Length..];

    private static readonly string EuKey = FakeKey.Of("s", "k-", "helicone-", "eu-", Groups);

    private static readonly string ProxyKey = FakeKey.Of("s", "k-", "helicone-", "proxy-", Groups, "-", TestKeys.Uuid(5));

    private static readonly string WriteKey = FakeKey.Of("p", "k-", "helicone-", Groups);

    private static readonly string LegacyKey = FakeKey.Of("s", "k-", Groups);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("helicone-api-key", HeliconeApiKeyKey, "API_KEY")
        .Ignores("helicone-api-key", "one character short", $"value: {HeliconeApiKeyKey[..^1]}")
        .Ignores("helicone-api-key", "embedded in a longer token", "value: Q" + HeliconeApiKeyKey)
        .FindsIn("helicone-api-key", "an EU key", $"headers={{\"Helicone-Auth\": \"Bearer {EuKey}\"}}", EuKey)
        .FindsIn("helicone-api-key", "a vault proxy key", $"helicone_proxy_key = '{ProxyKey}'", ProxyKey)
        .FindsIn("helicone-write-key", "a write-only key in the auth header", $"\"Helicone-Auth\": \"Bearer {WriteKey}\",", WriteKey)
        .Ignores("helicone-write-key", "a group one character short", $"value: {WriteKey[..^1]}")
        .FindsIn("helicone-legacy-api-key", "an older key beside Helicone's proxy", $"client = OpenAI(api_key=\"{LegacyKey}\", base_url=\"https://oai.hconeai.com/v1\")", LegacyKey)
        .Ignores("helicone-legacy-api-key", "no Helicone near", $"value: {LegacyKey}");
}
