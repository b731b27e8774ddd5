using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HerokuRulesSamples
{
    private static readonly string HerokuApiKeyKey = FakeKey.Of("HRK", "U-AA", FakeKey.Random(FakeKey.UrlSafe, 58, 1));

    private static readonly string HerokuLegacyApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 11), "-", FakeKey.Random(FakeKey.Hex, 4, 12), "-4", FakeKey.Random(FakeKey.Hex, 3, 13), "-a", FakeKey.Random(FakeKey.Hex, 3, 14), "-", FakeKey.Random(FakeKey.Hex, 12, 15));

    private static readonly string HerokuPrefixedUuid = FakeKey.Of("HRK", "U-", HerokuLegacyApiKeyKey);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("heroku-api-key", HerokuApiKeyKey, "API_KEY")
        .Finds("heroku-api-key", HerokuPrefixedUuid, "HEROKU_API_KEY")
        .Ignores("heroku-api-key", "prefixed UUID one character short", $"value: {HerokuPrefixedUuid[..^1]}")
        .Ignores("heroku-api-key", "one character short", $"value: {HerokuApiKeyKey[..^1]}")
        .Ignores("heroku-api-key", "embedded in a longer token", "value: Q" + HerokuApiKeyKey)
        .Finds("heroku-legacy-api-key", HerokuLegacyApiKeyKey, "HEROKU_API_KEY")
        .FindsIn("heroku-legacy-api-key", "a .netrc", $"machine api.heroku.com\n  login ops@example.test\n  password {HerokuLegacyApiKeyKey}\n", HerokuLegacyApiKeyKey)
        .FindsIn("heroku-legacy-api-key", "a YAML section", $"heroku:\n  api_key: {HerokuLegacyApiKeyKey}\n", HerokuLegacyApiKeyKey)
        .FindsIn("http-api-key-header", "another API's key called through an app on Heroku is no Heroku key", $"url = 'https://cors-anywhere.herokuapp.com/https://api.example.com/v1/latest';\nfetch(url, {{\n    headers: {{\n        'X-Api-Key': '{HerokuLegacyApiKeyKey}',\n    }},\n}});", HerokuLegacyApiKeyKey)
        .Ignores("heroku-legacy-api-key", "no heroku context", $"\"checksum\": \"{HerokuLegacyApiKeyKey}\"")
        .Ignores("heroku-legacy-api-key", "one character short", $"heroku: {HerokuLegacyApiKeyKey[..^1]}")
        .Ignores("heroku-legacy-api-key", "a doc comment's example", $"/**\n * Unique identifier for the application\n *\n * @example {HerokuLegacyApiKeyKey}\n */\nexport const ATTR_HEROKU_APP_ID = \"heroku.app.id\";")
        .Ignores("heroku-legacy-api-key", "an OpenAPI schema's example", $"HerokuApp:\n  properties:\n    uuid:\n      type: string\n      example: {HerokuLegacyApiKeyKey}")
        .Ignores("heroku-legacy-api-key", "a project's GUID in braces", $"<RootNamespace>Contoso.Heroku.Deploy</RootNamespace>\n<ProjectGuid>{{{HerokuLegacyApiKeyKey}}}</ProjectGuid>");
}
