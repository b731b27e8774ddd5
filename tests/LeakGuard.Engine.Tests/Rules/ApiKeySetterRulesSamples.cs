using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ApiKeySetterRulesSamples
{
    private static readonly string Key = FakeKey.Of("Zq7", FakeKey.Random(FakeKey.Base62, 44, 71), "w2K");
    private static readonly string HexKey = FakeKey.Of("8e", FakeKey.Random(FakeKey.Hex, 28, 72), "c1");
    private static readonly string SendGridKey = FakeKey.Of("SG", ".", FakeKey.Random(FakeKey.UrlSafe, 22, 73), ".", FakeKey.Random(FakeKey.UrlSafe, 43, 74));


    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("api-key-setter", "a Java client's setter", $"Choreography choreo = new Choreography(session);\nchoreo.setAPIKey(\"{Key}\");\nchoreo.setTag(\"cats\");\n", Key)
        .FindsIn("api-key-setter", "Go's functional option", $"client := weather.NewClient(\n\toption.WithAPIKey(\"{HexKey}\"),\n\toption.WithTimeout(5 * time.Second),\n)\n", HexKey)
        .FindsIn("api-key-setter", "a C# builder with a named argument", $"var client = new GeoClientBuilder()\n    .WithAccessToken(token: \"{Key}\")\n    .Build();\n", Key)
        .FindsIn("api-key-setter", "Python's setter, the key before other arguments", $"geo.set_api_key('{HexKey}', region='eu')\n", HexKey)
        .FindsIn("sendgrid-api-key", "a provider's key in a setter is its provider's finding", $"sgMail.setApiKey(\"{SendGridKey}\");\n", SendGridKey)
        .Ignores("api-key-setter", "words, placeholders and references", "option.WithAPIKey(\"my-cloudflare-api-key\")\nclient.setApiKey(\"YOUR_API_KEY\");\nconfig.setApiKey(\"test-api-key-20240101\");\nsetAccessToken(\"http-only\");\nclient.SetApiKey(Environment.GetEnvironmentVariable(\"GEO_API_KEY\"));")
        .Ignores("api-key-setter", "a call that checks the key it is given", $"Assert.False(validator.CheckApiKey(\"{HexKey}\"));\nvar ok = auth.ValidateAccessToken(\"{Key}\");")
        .Ignores("api-key-setter", "a GUID, as often an id as a key", "client.SetApiKey(\"3f2c9d41-7b6e-4a58-9c1d-2e8f0a7b5c63\");")
        .FindsIn("api-key-setter", "a C# attribute on an action", $"[HttpPost(\"fulfilment\")]\n[ApiKey(\"{Key}\")]\npublic IActionResult Fulfilment() => Accepted();", Key)
        .FindsIn("api-key-setter", "a Java annotation", $"@ApiKey(\"{HexKey}\")\npublic class GeoController {{ }}", HexKey);
}
