using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LogDnaRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("logdna-ingestion-key", Key, "LOGDNA_INGESTION_KEY")
        .FindsIn("logdna-ingestion-key", "Python's logging handler", $"from logdna import LogDNAHandler\n\nkey = '{Key}'\nlog = logging.getLogger('logdna')\noptions = {{'hostname': 'api', 'index_meta': True}}\nlog.addHandler(LogDNAHandler(key, options))\n", Key)
        .FindsIn("logdna-ingestion-key", "the agent's DaemonSet", $"env:\n  - name: LOGDNA_AGENT_KEY\n    value: {Key}\n", Key)
        .Ignores("logdna-ingestion-key", "no LogDNA named", $"\"checksum\": \"{Key}\"");
}
