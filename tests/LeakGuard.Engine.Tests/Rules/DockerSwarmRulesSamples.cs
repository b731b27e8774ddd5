using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DockerSwarmRulesSamples
{
    private static readonly string Key = FakeKey.Of("SWMTKN", "-1-", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 50, 16), "-", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 25, 17));

    private static readonly string Unlock = FakeKey.Of("SWMKEY", "-1-", FakeKey.Random(FakeKey.Base64, 43, 18));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("docker-swarm-join-token", Key, "SWARM_TOKEN")
        .FindsIn("docker-swarm-unlock-key", "docker swarm unlock-key's output", $"    {Unlock}\n", Unlock)
        .Ignores("docker-swarm-join-token", "a documentation placeholder", "docker swarm join --token SWMTKN-1-<token> 192.168.99.100:2377")
        .Ignores("docker-swarm-unlock-key", "too short", $"value: SWMKEY-1-{FakeKey.Random(FakeKey.Base64, 30, 19)}");
}
