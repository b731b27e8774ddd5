using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ConsulRules
{
    private static readonly Remediation GossipRemediation = new(
        "https://developer.hashicorp.com/consul/docs/security/encryption/gossip#rotate-the-gossip-encryption-key",
        "Consul:GossipKey",
        "CONSUL_GOSSIP_ENCRYPTION_KEY")
    {
        Steps = new[]
        {
            "Rotate the key: `consul keygen`, then `consul keyring -install`, `-use` and `-remove` the old one on every agent; whoever has the old key reads the cluster's gossip and can join agents to it.",
            "Give agents the key from a secret store (Vault, a Kubernetes Secret the Helm chart's gossipEncryption reads) instead of the committed configuration.",
        },
    };

    private static readonly Remediation TokenRemediation = new(
        "https://developer.hashicorp.com/consul/commands/acl/token/delete",
        "Consul:Token",
        "CONSUL_HTTP_TOKEN")
    {
        Steps = new[]
        {
            "Delete the token (`consul acl token delete -accessor-id …`) and create a new one with the same policies; an initial management token is rotated with `consul acl token update` on a new SecretID.",
            "Read it from the environment (CONSUL_HTTP_TOKEN) or a token file the agent loads, filled from a secret store, not from committed configuration.",
        },
    };

    // The gossip encryption key: base 64 of 32 random bytes (16 in old clusters), as `consul keygen` prints it, under
    // an agent's "encrypt" setting (HCL, JSON, a Salt pillar's or Ansible's YAML, the -encrypt= flag). Nomad's and
    // Serf's gossip keys are written the same way.
    private const string GossipKey =
        "(?:^|[^A-Za-z0-9_])encrypt[\"']?[ \\t]*[:=][ \\t]*[\"']?(?<secret>[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)(?:$|[^A-Za-z0-9+/=])";

    // An ACL token's SecretID (a UUID): under the variables and header the CLI and the API read, under the legacy
    // acl_*_token settings, or in an agent's acl { tokens { … } } block (initial_management, agent, default…).
    private const string AclToken =
        "(?i)(?:consul_http_token|consul_token|x-consul-token|acl_(?:master|agent|agent_master|replication)?_?token)[\"']?[ \\t]*[:=][ \\t]*[\"']?(?<secret>" + Patterns.Uuid + ")(?:$|[^a-f0-9-])"
        + "|tokens[\"']?[ \\t]*[:=]?[ \\t]*\\{[^}]{0,300}?(?:initial_management|agent_recovery|agent_master|master|agent|default|replication|dns|config_file_service_registration)[\"']?[ \\t]*[:=][ \\t]*[\"'](?<secret>" + Patterns.Uuid + ")[\"']";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "consul-gossip-key",
            "HashiCorp Consul",
            "Consul (or Nomad) gossip encryption key (base 64 of 32 bytes, an agent's encrypt setting)",
            GossipKey,
            new[] { "consul", "nomad", "serf", "gossip" },
            GossipRemediation,
            minEntropy: 4),
        new SecretRule(
            "consul-acl-token",
            "HashiCorp Consul",
            "Consul ACL token (the SecretID a client or an agent authenticates with)",
            AclToken,
            new[] { "consul_http_token", "consul_token", "x-consul-token", "acl_", "tokens" },
            TokenRemediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = new[] { "consul", "acl" },
            MinEntropy = 3,
        },
    };
}
