using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ConsulRulesSamples
{
    private static readonly string GossipKey = FakeKey.Random(FakeKey.Base64, 43, 61) + "=";

    private static readonly string AclToken = TestKeys.Uuid(62);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("consul-gossip-key", "an agent's HCL configuration", $"datacenter = \"dc1\"\ndata_dir   = \"/opt/consul\"\nencrypt    = \"{GossipKey}\"\nserver     = true\n", GossipKey)
        .FindsIn("consul-gossip-key", "a Salt pillar", $"consul:\n  datacenter: dc1\n  encrypt: \"{GossipKey}\"\n", GossipKey)
        .FindsIn("consul-gossip-key", "an agent's JSON configuration", $"{{\n  \"datacenter\": \"dc1\",\n  \"data_dir\": \"/opt/consul\",\n  \"encrypt\": \"{GossipKey}\"\n}}", GossipKey)
        .Ignores("consul-gossip-key", "an encrypt setting of something else", $"# vault transit\nencrypt = \"{GossipKey}\"\n")
        .Ignores("consul-gossip-key", "the key read from a file", "consul:\n  encrypt: \"{{ lookup('file', '/etc/consul.d/gossip.key') }}\"\n")
        .FindsIn("consul-acl-token", "the CLI's variable", $"export CONSUL_HTTP_ADDR=https://consul.example.internal:8501\nexport CONSUL_HTTP_TOKEN={AclToken}\n", AclToken)
        .FindsIn("consul-acl-token", "an agent's acl tokens block", $"data_dir = \"/opt/consul\"\nacl {{\n  enabled        = true\n  default_policy = \"deny\"\n  tokens {{\n    agent = \"{AclToken}\"\n  }}\n}}\n", AclToken)
        .FindsIn("consul-acl-token", "the API's header", $"curl -H \"X-Consul-Token: {AclToken}\" https://consul.example.internal:8501/v1/kv/app/config", AclToken)
        .Ignores("consul-acl-token", "a token's accessor id in a policy listing", $"AccessorID: {AclToken}\nDescription: agent token\n")
        .Ignores("consul-acl-token", "the token from the environment", "acl {\n  tokens {\n    agent = \"${CONSUL_AGENT_TOKEN}\"\n  }\n}\n");
}
