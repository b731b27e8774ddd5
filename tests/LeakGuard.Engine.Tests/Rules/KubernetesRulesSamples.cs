using System;
using System.Linq;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class KubernetesRulesSamples
{
    private static readonly string Password = Encoded(FakeKey.Random(FakeKey.Base62, 20, 41));

    private static readonly string Token = Encoded(FakeKey.Random(FakeKey.Base62, 32, 42));

    // What a Secret would report, but no other rule: a value for the tests of where a Secret's data is.
    private static readonly string Phrase = Encoded("orange-harbour-lantern");

    private static readonly string WrappedKeyFile = Encoded(FakeKey.Of(FakeKey.Random(FakeKey.Base64, 64, 44), "\n", FakeKey.Random(FakeKey.Base64, 40, 45), "\n"));

    private static readonly string PlainPassword = FakeKey.Random(FakeKey.Base62, 18, 46) + "!";

    private static readonly string BinaryKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)((i * 73) + 129)).ToArray());

    private static readonly string Manifest =
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  labels:\n    app: shop\ntype: Opaque\ndata:\n  username: " + Encoded("shop-owner") + "\n  password: " + Password + "\n";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("kubernetes-secret-data", "an Opaque Secret (its user name is left out)", Manifest, Password)
        .FindsIn("kubernetes-secret-data", "kind after data, as kubectl get -o yaml writes it", $"apiVersion: v1\ndata:\n  api-token: {Token}\nkind: Secret\nmetadata:\n  name: api\n", Token)
        .Ignores("kubernetes-secret-data", "a CA bundle cut short, binary after its PEM line", $"kind: Secret\ndata:\n  TLS_CA_BUNDLE: {FakeKey.Base64Of("-----BEGIN CERTIFICATE-----\nMIIDx")}{FakeKey.Random(FakeKey.Base64, 28, 41)}\n")
        .FindsIn("kubernetes-secret-data", "a quoted value and a comment", $"kind: \"Secret\"\ndata:\n  token: \"{Token}\"  # rotated yearly\n", Token)
        .FindsIn("kubernetes-secret-data", "CRLF line ends", $"kind: Secret\r\ndata:\r\n  token: {Token}\r\n", Token)
        .FindsIn("kubernetes-secret-data", "a passphrase", $"kind: Secret\ndata:\n  value: {Phrase}\n", Phrase)
        .FindsIn("kubernetes-secret-data", "a key file wrapped over lines", $"kind: Secret\ndata:\n  mongodb-keyfile: {WrappedKeyFile}\n", WrappedKeyFile)
        .FindsIn("kubernetes-secret-data", "binary key material", $"kind: Secret\ndata:\n  encryption-key: {BinaryKey}\n", BinaryKey)
        .FindsIn("kubernetes-secret-data", "the second document of a stream", $"apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: {Encoded("production-mode")}\n---\napiVersion: v1\nkind: Secret\ndata:\n  token: {Token}\n", Token)
        .FindsIn("kubernetes-secret-data", "an item of a List", $"apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  data:\n    token: {Token}\n  kind: Secret\n- apiVersion: v1\n  kind: ConfigMap\n  data:\n    mode: {Encoded("production-mode")}\n", Token)
        .FindsIn("kubernetes-secret-data", "after a Helm directive and a block scalar", $"kind: Secret\nmetadata:\n  annotations:\n    note: |\n      data:\n        not: {Encoded("inside-a-block")}\n{{{{- if .Values.enabled }}}}\ndata:\n  token: {Token}\n{{{{- end }}}}\n", Token)
        .Ignores("kubernetes-secret-data", "a ConfigMap", $"apiVersion: v1\nkind: ConfigMap\ndata:\n  value: {Phrase}\n")
        .Ignores("kubernetes-secret-data", "a SealedSecret's encrypted data", $"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    value: {Phrase}\n")
        .Ignores("kubernetes-secret-data", "a Secret in one document, data in the next", $"kind: Secret\nmetadata:\n  name: a\n---\nkind: ConfigMap\ndata:\n  value: {Phrase}\n")
        .Ignores("kubernetes-secret-data", "data under metadata, not the Secret's", $"kind: Secret\nmetadata:\n  data:\n    value: {Phrase}\n")
        .Ignores("kubernetes-secret-data", "keys that name settings", $"kind: Secret\ndata:\n  DB_HOST: {Phrase}\n  db-user: {Phrase}\n  client_id: {Phrase}\n  ca.crt: {Phrase}\n")
        .Ignores("kubernetes-secret-data", "the documentation's example values", $"kind: Secret\ndata:\n  value: {Encoded("1f2d1e2e67df")}\n  value2: {Encoded("password")}\n")
        .Ignores("kubernetes-secret-data", "values that name what they are for", $"kind: Secret\ndata:\n  value: {Encoded("mysqlpassword")}\n  value2: {Encoded("client_secret")}\n  value3: {Encoded("Refresh-Token")}\n")
        .Ignores("kubernetes-secret-data", "placeholders", $"kind: Secret\ndata:\n  value: {Encoded("changeme-please")}\n  value: {Encoded("<your-token-here>")}\n")
        .Ignores("kubernetes-secret-data", "short values and numbers", $"kind: Secret\ndata:\n  pin: {Encoded("s3cr")}\n  retries: {Encoded("80443017")}\n")
        .Ignores("kubernetes-secret-data", "a certificate and addresses", $"kind: Secret\ndata:\n  bundle: {Encoded("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")}\n  hook: {Encoded("https://hooks.contoso.net/deploy")}\n  target: {Encoded("kubernetes.shop-cluster.contoso.net")}\n")
        .Ignores("kubernetes-secret-data", "a file of settings", $"kind: Secret\ndata:\n  app.ini: {Encoded("[server]\nport = 8080\nmode = production\n")}\n")
        .Ignores("kubernetes-secret-data", "short binary", $"kind: Secret\ndata:\n  salt: {Convert.ToBase64String(new byte[] { 200, 1, 2, 250, 3, 4, 5, 6, 7 })}\n")
        .Ignores("kubernetes-secret-data", "a Helm template value", "kind: Secret\ndata:\n  value: {{ .Values.token | b64enc | quote }}\n")
        .Ignores("kubernetes-secret-data", "not base 64", $"kind: Secret\ndata:\n  value: {Token.Substring(1)}\n")
        .FindsIn("kubernetes-secret-string-data", "a password written as it is", $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  username: shop\n  password: {PlainPassword}\n", PlainPassword)
        .FindsIn("kubernetes-secret-string-data", "quoted, with a hash inside", $"kind: Secret\nstringData:\n  value: \"{PlainPassword[..6]}#{PlainPassword[6..]}\"  # from the vault\n", $"{PlainPassword[..6]}#{PlainPassword[6..]}")
        .Ignores("kubernetes-secret-string-data", "Argo CD's admin password hash, the time it was set and a list of features", $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: argocd-secret\nstringData:\n  admin.password: \"{FakeKey.Of("$2a", "$10$", FakeKey.Random(FakeKey.Base62 + "./", 53, 9))}\"\n  admin.passwordMtime: \"2024-02-19T10:11:12Z\"\n  features: refunds_v2,3ds_challenge\n")
        .Ignores("kubernetes-secret-string-data", "a model's name kept beside the secrets", "kind: Secret\nstringData:\n  LLM_MODEL: claude-3-5-sonnet\n")
        .Ignores("kubernetes-secret-string-data", "a Helm expression", "kind: Secret\nstringData:\n  value: {{ .Values.password | quote }}\n")
        .Ignores("kubernetes-secret-string-data", "a variable and a default", "kind: Secret\nstringData:\n  value: ${DB_PASSWORD}\n  value2: postgres\n")
        .Ignores("kubernetes-secret-string-data", "hosts and ports", "kind: Secret\nstringData:\n  value: kafka-0.kafka:9092,kafka-1.kafka:9092\n  value2: redis-master:6379\n")
        .Ignores("kubernetes-secret-string-data", "names standing for the value", "kind: Secret\nstringData:\n  value: TROQUE_PELA_SENHA_DO_BANCO\n  value2: $DB_PASS_VALUE\n  value3: '%DB_PASS_VALUE%'\n")
        .Ignores("kubernetes-secret-string-data", "words naming a credential, with digits", "kind: Secret\nstringData:\n  value: SuperSecretPassword123!\n")
        .Ignores("kubernetes-secret-string-data", "a certificate's thumbprint", $"kind: Secret\nstringData:\n  KEY_THUMBPRINT: {FakeKey.Random(FakeKey.Hex, 40, 47)}\n")
        .Ignores("kubernetes-secret-string-data", "a ConfigMap", $"kind: ConfigMap\nstringData:\n  value: {PlainPassword}\n")
        .Ignores("kubernetes-secret-string-data", "a file of settings", "kind: Secret\nstringData:\n  config.yaml: |\n    level: debug\n    mode: production\n");

    internal static string Encoded(string text) => FakeKey.Base64Of(text);
}
