using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SplunkRulesSamples
{
    private static readonly string SplunkHecToken = FakeKey.Of(FakeKey.Random("0123456789ABCDEF", 8, 1), "-", FakeKey.Random("0123456789ABCDEF", 4, 2), "-4", FakeKey.Random("0123456789ABCDEF", 3, 3), "-9", FakeKey.Random("0123456789ABCDEF", 3, 4), "-", FakeKey.Random("0123456789ABCDEF", 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("splunk-hec-token", "a curl header", $"curl -ks https://hec.example.com:8088/services/collector/event -H 'Authorization: Splunk {SplunkHecToken}' -d '{{}}'\n", SplunkHecToken)
        .FindsIn("splunk-hec-token", "a lower-case token in code", $"headers = {{\"Authorization\": \"Splunk {SplunkHecToken.ToLowerInvariant()}\"}}\n", SplunkHecToken.ToLowerInvariant())
        .Ignores("splunk-hec-token", "one character short", $"-H 'Authorization: Splunk {SplunkHecToken[..^1]}'\n")
        .Ignores("splunk-hec-token", "a UUID without the scheme", $"\"id\": \"{SplunkHecToken}\"\n")
        .Ignores("splunk-hec-token", "a variable", "-H \"Authorization: Splunk ${HEC_TOKEN}\"\n")
        .FindsIn("splunk-hec-token", "Fluent Bit's Splunk output", $"[OUTPUT]\n    Name         splunk\n    TLS          On\n    Splunk_Token {SplunkHecToken.ToLowerInvariant()}\n", SplunkHecToken.ToLowerInvariant())
        .FindsIn("splunk-hec-token", "a .env line", $"SPLUNK_HEC_TOKEN={SplunkHecToken}\n", SplunkHecToken)
        .Ignores("splunk-hec-token", "a UUID under another Splunk setting", $"splunk_index_id: {SplunkHecToken}");
}
