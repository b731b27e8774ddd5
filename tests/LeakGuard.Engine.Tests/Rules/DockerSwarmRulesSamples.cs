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
        .Ignores("docker-swarm-unlock-key", "the unlock key of Docker's documentation", $"To unlock a swarm manager after it restarts, run the `docker swarm unlock`\ncommand and provide the following key:\n\n    {FakeKey.Of("SWMKEY-1-7c37Cc8654o6", "p38HnroywCi19pllOnGtbd", "ZEgtKxZu8")}")
        .Ignores("docker-swarm-join-token", "a join token of Docker's documentation", $"docker swarm join --token {FakeKey.Of("SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8", "atbfcr8p2is99znpy26u2lkl-", "7p73s1dx5in4tatdymyhg9hu2")} 192.168.99.121:2377")
        .Ignores("docker-swarm-unlock-key", "too short", $"value: SWMKEY-1-{FakeKey.Random(FakeKey.Base64, 30, 19)}");
}
