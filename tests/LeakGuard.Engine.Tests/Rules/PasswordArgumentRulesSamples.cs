using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PasswordArgumentRulesSamples
{
    private static readonly string Password = FakeKey.Of("gDR5", "oUM$", FakeKey.Random(TestKeys.Digits, 3, 5), "xCKD");

    private static readonly string Generated = FakeKey.Random(FakeKey.Base62, 16, 6) + "7_";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("password-argument", "JDBC's DriverManager", $"Connection conn = DriverManager.getConnection(\n    \"jdbc:postgresql://db.internal:5432/shop\", \"shop_app\", \"{Password}\");\n", Password)
        .FindsIn("password-argument", "PHP's PDO", $"$dsn = 'mysql:host=db;dbname=crm';\nself::$pdo = new PDO($dsn, 'crm_web', '{Generated}', [\n    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,\n]);\n", Generated)
        .FindsIn("password-argument", "mysqli_connect", $"$link = mysqli_connect('db.internal', 'wp', '{Password}', 'wordpress');\n", Password)
        .FindsIn("password-argument", "an LDAP bind in C#", $"_conn.Connect(Host, LdapConnection.DefaultSslPort);\n_conn.Bind(BindDn, \"{Password}\");\n", Password)
        .FindsIn("password-argument", "an LDAP bind in Go", $"if err := conn.Bind(\"CN=svc-sso,OU=Service,DC=corp,DC=local\", \"{Generated}\"); err != nil {{\n\treturn err\n}}\n", Generated)
        .FindsIn("password-argument", "a certificate's password, arguments one to a line", $"var certificate = new X509Certificate2(\n    Path.Combine(AppContext.BaseDirectory, \"certs\", \"client.pfx\"),\n    \"{Password}\",\n    X509KeyStorageFlags.MachineKeySet);\n", Password)
        .FindsIn("password-argument", "a Java key store", $"KeyStore store = KeyStore.getInstance(\"PKCS12\");\nstore.load(new FileInputStream(\"client.p12\"), \"{Generated}\".toCharArray());\n", Generated)
        .FindsIn("password-argument", "smtplib's login", $"with smtplib.SMTP_SSL(\"smtp.example.org\", 465) as server:\n    server.login(\"alerts@example.org\", \"{Password}\")\n", Password)
        .Ignores("password-argument", "passwords from variables and configuration", "DriverManager.getConnection(url, user, password);\nnew PDO($dsn, $user, getenv('DB_PASSWORD'));\nconn.Bind(dn, os.Getenv(\"LDAP_PASSWORD\"))\nnew X509Certificate2(path, configuration[\"Certificate:Password\"]);\nserver.login(user, password)")
        .Ignores("password-argument", "a certificate without a password and JavaScript's bind", "var certificate = new X509Certificate2(Path.Combine(dir, \"certs\", \"client-2024.pfx\"));\nbutton.addEventListener('click', this.onClick.bind(this, 'Save-Item2'));")
        .Ignores("password-argument", "demo passwords", "DriverManager.getConnection(url, \"sa\", \"Password123\");\nserver.login(\"user@gmail.com\", \"your_app_password\")\nnew PDO($dsn, 'root', 'secret123');");
}
