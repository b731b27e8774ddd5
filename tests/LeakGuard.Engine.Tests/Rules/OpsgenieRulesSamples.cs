using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OpsgenieRulesSamples
{
    private static readonly string ApiKey = FakeKey.Of(FakeKey.Random("0123456789abcdef", 8, 1), "-", FakeKey.Random("0123456789abcdef", 4, 2), "-4", FakeKey.Random("0123456789abcdef", 3, 3), "-a", FakeKey.Random("0123456789abcdef", 3, 4), "-", FakeKey.Random("0123456789abcdef", 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("opsgenie-api-key", "a Python header", $"headers = {{\"Authorization\": \"GenieKey {ApiKey}\"}}\n", ApiKey)
        .FindsIn("opsgenie-api-key", "a PHP variable", $"$authAPI    = 'GenieKey {ApiKey}';\n", ApiKey)
        .FindsIn("opsgenie-api-key", "a curl header", $"curl -X POST https://api.opsgenie.com/v2/alerts -H \"Authorization: GenieKey {ApiKey}\"\n", ApiKey)
        .Ignores("opsgenie-api-key", "one character short", $"-H 'Authorization: GenieKey {ApiKey[..^1]}'\n")
        .Ignores("opsgenie-api-key", "a UUID without the scheme", $"\"id\": \"{ApiKey}\"\n")
        .Ignores("opsgenie-api-key", "the documentation's example with a 'q' in it", $"-H 'Authorization: GenieKey {ApiKey[..19]}q{ApiKey[19..]}'\n")
        .Ignores("opsgenie-api-key", "a variable", "-H \"Authorization: GenieKey $OPSGENIE_API_KEY\"\n")
        .FindsIn("opsgenie-api-key-setting", "Alertmanager's opsgenie_configs", $"receivers:\n  - name: ops\n    opsgenie_configs:\n      - api_key: {ApiKey}\n        priority: P1\n", ApiKey)
        .Ignores("opsgenie-api-key-setting", "a UUID under an API key's name, Opsgenie not near", $"service:\n  api_key: {ApiKey}\n");
}
