using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SeqRulesSamples
{
    private static readonly string Key = FakeKey.Of("DAL", FakeKey.Random(FakeKey.Base62, 13, 1), "5EQp");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("seq-api-key", "Serilog's Seq sink in code", $"Log.Logger = new LoggerConfiguration()\n    .WriteTo.Seq(\"https://seq.example.internal\", apiKey: \"{Key}\")\n    .CreateLogger();", Key)
        .FindsIn("seq-api-key", "Serilog's Seq sink in appsettings.json", $"\"WriteTo\": [\n  {{\n    \"Name\": \"Seq\",\n    \"Args\": {{ \"serverUrl\": \"https://seq.example.internal\", \"apiKey\": \"{Key}\" }}\n  }}\n]", Key)
        .FindsIn("seq-api-key", "an environment variable", $"SEQ_API_KEY={Key}\n", Key)
        .FindsIn("seq-api-key", "the ingestion header", $"curl -H \"X-Seq-ApiKey: {Key}\" --data-binary @events.clef https://seq.example.internal/api/events/raw", Key)
        .Ignores("seq-api-key", "a key from configuration", ".WriteTo.Seq(seqUrl, apiKey: configuration[\"Seq:ApiKey\"])\n\"Name\": \"Seq\", \"Args\": { \"apiKey\": \"${SEQ_API_KEY}\" }");
}
