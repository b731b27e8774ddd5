using System;
using System.Text;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PasswordAssignmentRulesSamples
{
    private static readonly string Password = FakeKey.Of("Harbor", "!", FakeKey.Random(TestKeys.Digits, 4, 1), "xq");

    // Letters and digits only: no symbol, as most generated passwords are.
    private static readonly string Generated = FakeKey.Random(FakeKey.Base62, 18, 2);

    // Two words and digits, as people make a password.
    private static readonly string Words = FakeKey.Of("Harbor", "Light", FakeKey.Random(TestKeys.Digits, 2, 7));

    // Letters of both cases only, as some generators make a password.
    private static readonly string RandomLetters = FakeKey.Random(TestKeys.Letters, 20, 8);

    // A generated password with a dot between random parts, and one that starts with '%'.
    private static readonly string Dotted = FakeKey.Of("L2B", ".", FakeKey.Random(FakeKey.Base62, 14, 9));
    private static readonly string Percent = FakeKey.Of("%", FakeKey.Random(FakeKey.Base62, 8, 10), "!", FakeKey.Random(FakeKey.Base62, 12, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("password-assignment", "a .env password with a dot between random parts", $"DB_HOST=db\nDB_PASSWORD={Dotted}\n", Dotted)
        .FindsIn("password-assignment", "a properties file's password starting with '%'", $"flyway.user=migrator\nflyway.password={Percent}\n", Percent)
        .Ignores("password-assignment", "template and format holes", "password=%DB_PASSWORD%\n\"password\": \"%(db_password)s\",\nsmtp_password = '%{smtp.pass}'\n")
        .Ignores("password-assignment", "a member access", "password = settings.DbPwd2\nDB_PASSWORD=env.MYSQL_PW\n")
        .FindsIn("password-assignment", "a sign-in check against a written password", $"if (model.Email == SupportUser && model.Password == \"{Password}\")\n{{\n    return SignIn();\n}}", Password)
        .FindsIn("password-assignment", "Java's equals", $"return password.equals(\"{Generated}\");", Generated)
        .Ignores("password-assignment", "a comparison with another variable or a placeholder", "if (password == confirmPassword) { }\nif (password === \"${ADMIN_PASSWORD}\") { }")
        .FindsIn("password-assignment", "a form designer's text box", $"this.txtPassword.PasswordChar = '*';\nthis.txtPassword.Text = \"{Password}\";\n", Password)
        .FindsIn("password-assignment", "a .resx resource", $"<data name=\"ReportingServicePassword\" xml:space=\"preserve\">\n    <value>{Password}</value>\n  </data>", Password)
        .FindsIn("password-assignment", "an Android signing password in a project file", $"<PropertyGroup>\n  <AndroidSigningKeyAlias>release</AndroidSigningKeyAlias>\n  <AndroidSigningKeyPass>{Password}</AndroidSigningKeyPass>\n</PropertyGroup>", Password)
        .FindsIn("password-assignment", "a password of random letters", $"environment:\n  RABBITMQ_DEFAULT_USER: ledger\n  RABBITMQ_DEFAULT_PASS: {RandomLetters}\n", RandomLetters)
        .Ignores("password-assignment", "letters that are words or a name", "RABBITMQ_DEFAULT_PASS: CorrectHorseBatteryStaple\nADMIN_PASSWORD: ConfigurationManagerValue\n")
        .FindsIn("password-assignment", "a block comment that gives the password", $"/* Support override.\n   Username: support@adventure-works.com\n   Password: {Password} */", Password)
        .FindsIn("password-assignment", "a Postman collection's basic auth", $"\"basic\": [\n  {{\n    \"key\": \"password\",\n    \"value\": \"{Generated}\",\n    \"type\": \"string\"\n  }}\n]", Generated)
        .Finds("password-assignment", Password, "DB_PASSWORD")
        .FindsIn("password-assignment", "a Java data source's setter", $"HikariConfig config = new HikariConfig();\nconfig.setUsername(\"ledger\");\nconfig.setPassword(\"{Generated}\");\n", Generated)
        .FindsIn("password-assignment", "a Testcontainers builder", $"new PostgreSqlBuilder().WithDatabase(\"shop\").WithPassword(\"{Password}\").Build();", Password)
        .Ignores("password-assignment", "a check of a user's input", $"assertFalse(validator.checkPassword(\"{Generated}\"));\nvar hash = hasher.hashPassword(\"{Password}\");")
        .Ignores("password-assignment", "a doc example's base 64 of a placeholder", $"/**\n * const trigger = new gcp.cloudbuild.Trigger(\"t\", {{\n *     secretEnv: {{\n *         PASSWORD: \"{FakeKey.Base64Of("encrypted-password\n")}\",\n")
        .Ignores("password-assignment", "a setter given a variable", "config.setPassword(System.getenv(\"DB_PASSWORD\"));")
        .FindsIn("password-assignment", "an INI file's password ending in '$'", $"[smtp]\nhost = smtp.office365.com\npassword = {Words}_x$\n", Words + "_x$")
        .FindsIn("password-assignment", "an INI file's password holding '#'", $"[clickhouse]\nuser = etl\npassword = {Generated}#A#r\n", Generated + "#A#r")
        .Ignores("password-assignment", "code that assigns a variable", "password = user_pw2\nsecret = $pw2abc\n")
        .FindsIn("password-assignment", "an App.config's application setting", $"<applicationSettings>\n  <Contoso.Service.Properties.Settings>\n    <setting name=\"PartnerApiPassword\" serializeAs=\"String\">\n      <value>{Password}</value>\n    </setting>\n", Password)
        .FindsIn("password-assignment", "a Settings.settings default", $"<Setting Name=\"PartnerApiPassword\" Type=\"System.String\" Scope=\"Application\">\n  <Value Profile=\"(Default)\">{Generated}</Value>\n</Setting>\n", Generated)
        .Ignores("password-assignment", "an application setting that is a user name", $"<setting name=\"PartnerApiUser\" serializeAs=\"String\">\n  <value>{Generated}</value>\n</setting>\n")
        .FindsIn("password-assignment", "docker run's quoted -e pair", $"docker run -e \"ACCEPT_EULA=Y\" -e \"MSSQL_SA_PASSWORD={Generated}\" -p 1433:1433 -d mcr.microsoft.com/mssql/server:2022-latest\n", Generated)
        .FindsIn("password-assignment", "a compose list's quoted pair", $"    environment:\n      - 'POSTGRES_PASSWORD={Password}'\n      - POSTGRES_DB=shop\n", Password)
        .Ignores("password-assignment", "a quoted pair that passes the variable on", "docker run -e \"MSSQL_SA_PASSWORD=${SA_PASSWORD}\" -e \"DB_PASSWORD=$DB_PASSWORD\" mssql")
        .FindsIn("password-assignment", "a compose file's MySQL root password", $"services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: \"{Password}\"\n", Password)
        .FindsIn("password-assignment", "Django's DATABASES", $"DATABASES = {{\n    'default': {{\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n        \"PASSWORD\": \"{Generated}\",\n    }}\n}}", Generated)
        .FindsIn("password-assignment", "a PHP config array", $"return [\n    'host' => 'db.internal',\n    'password' => '{Password}',\n];", Password)
        .FindsIn("password-assignment", "Spring's datasource", $"spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password={Generated}\n", Generated)
        .FindsIn("password-assignment", "words and digits in Spring's properties", $"spring.datasource.username=app\nspring.datasource.password={Words}\n", Words)
        .FindsIn("password-assignment", "PGPASSWORD exported by a backup script", $"#!/bin/sh\nexport PGPASSWORD='{Generated}'\npg_dump -h db -U backup app > app.sql\n", Generated)
        .FindsIn("password-assignment", "a keyword argument", $"conn = snowflake.connector.connect(\n    user='etl',\n    password=\"{Password}\",\n    account='acme-xy12345',\n)", Password)
        .FindsIn("password-assignment", "an Ansible inventory's variable", $"[db]\n10.0.0.5 ansible_user=deploy ansible_password={Generated}\n", Generated)
        .FindsIn("password-assignment", "my.cnf's client section, spaced", $"[client]\nuser = backup\npassword = {Password}\n", Password)
        .FindsIn("password-assignment", "a JSON string inside JSON", $"{{\"settings\": \"{{\\\"password\\\": \\\"{Password}\\\"}}\"}}", Password)
        .FindsIn("password-assignment", "a Kubernetes container's env entry", $"env:\n  - name: DB_PASSWORD\n    value: \"{Password}\"\n  - name: DB_HOST\n    value: db\n", Password)
        .FindsIn("password-assignment", "an Azure Pipelines variable", $"variables:\n- name: sqlAdminPassword\n  value: '{Password}'\n", Password)
        .FindsIn("password-assignment", "a HAR's form field", $"\"params\": [\n  {{ \"name\": \"username\", \"value\": \"ops\" }},\n  {{ \"name\": \"password\", \"value\": \"{Password}\" }}\n]", Password)
        .FindsIn("password-assignment", "Maven's settings.xml", $"<server>\n  <id>releases</id>\n  <username>deployer</username>\n  <password>{Generated}</password>\n</server>", Generated)
        .FindsIn("password-assignment", "WordPress's define()", $"define( 'DB_NAME', 'shop' );\ndefine( 'DB_PASSWORD', '{Password}' );", Password)
        .FindsIn("password-assignment", "terraform fmt's aligned arguments", $"resource \"aws_db_instance\" \"main\" {{\n  username                = \"app_admin\"\n  password                = \"{Password}\"\n  db_subnet_group_name    = aws_db_subnet_group.main.name\n}}\n", Password)
        .FindsIn("password-assignment", "a YAML value with an '=' inside", $"spring:\n  rabbitmq:\n    password: {Generated}={Password}\n", $"{Generated}={Password}")
        .FindsIn("password-assignment", "a .pypirc's spaced value ending in '='", $"[pypi]\nusername = deploy\npassword = {Generated}=\n", $"{Generated}=")
        .Ignores("password-assignment", "a doc example's password that spells password", " * const example = new aws.directoryservice.Directory(\"example\", {\n *     name: \"corp.notexample.com\",\n *     password: \"SuperSecretPassw0rd\",\n")
        .Ignores("password-assignment", "a hashing demo's plaintext in leetspeak", "const myPlaintextPassword = 's0/\\/\\P4$$w0rD';")
        .Ignores("password-assignment", "a comparison", $"if password=={Generated}\n")
        .FindsIn("password-assignment", "a YAML value with a '#' inside", $"spring:\n  ldap:\n    username: cn=sync,dc=corp\n    password: {Generated}#x{Password}\n", $"{Generated}#x{Password}")
        .FindsIn("password-assignment", "an ARM parameters file", $"{{\n  \"parameters\": {{\n    \"adminPassword\": {{\n      \"value\": \"{Password}\"\n    }}\n  }}\n}}", Password)
        .FindsIn("password-assignment", "a Bicep parameter's default", $"@secure()\nparam administratorLoginPassword string = '{Password}'\n", Password)
        .FindsIn("password-assignment", "a TypeScript typed field", $"export class DbConfig {{\n  private dbPassword: string = \"{Password}\";\n}}\n", Password)
        .FindsIn("password-assignment", "a Gradle signing config", $"signingConfigs {{\n    release {{\n        storeFile file(\"../keystore/release.jks\")\n        storePassword \"{Password}\"\n        keyAlias \"app\"\n    }}\n}}\n", Password)
        .FindsIn("password-assignment", "SSSD's LDAP bind password", $"[domain/corp]\nldap_default_authtok_type = password\nldap_default_authtok = {Password}\n", Password)
        .Ignores("password-assignment", "a Gradle password read from the environment, and a comment after a value", "storePassword System.getenv(\"KEYSTORE_PASSWORD\")\nkeyPassword project.property(\"keyPassword\")\npassword: Harbor #the password is in the vault")
        .Ignores("password-assignment", "a Kubernetes Secret's data that the pipeline replaces", "kind: Secret\ndata:\n  password: " + Convert.ToBase64String(Encoding.ASCII.GetBytes("changeme")) + "\n  api-key: " + Convert.ToBase64String(Encoding.ASCII.GetBytes("REPLACE_ME")) + "\n")
        .Ignores("password-assignment", "a list that names password methods", "# METHOD can be \"trust\", \"reject\", \"md5\", \"password\", \"scram-sha-256\",\nauth_methods = ['password', 'Kerberos5-v2']")
        .Ignores("password-assignment", "Maven's encrypted password and a property", "<password>{COQLCE6DU6GtcS5P=}</password>\n<password>${env.DEPLOY_PASSWORD}</password>")
        .Ignores("password-assignment", "a Java properties label written with escapes", "login.password=Contrase\\u00f1a\nlogin.password.forgot=\\u00bfOlvid\\u00f3 su contrase\\u00f1a?")
        .Ignores("password-assignment", "a label in a translation file", "{ \"password\": \"Mot de passe\", \"confirm_password\": \"Confirmez-le\" }")
        .Ignores("password-assignment", "a word or a demo password", "password: changeme\nDB_PASSWORD=postgres\n\"Password\": \"P@ssw0rd\"\nPGPASSWORD=secret123")
        .Ignores("password-assignment", "a demo password dressed up as policies ask", "credentials = {\"username\": \"admin\", \"password\": \"P@55w0rd!\"}\nADMIN_PASSWORD=Welcome1!\nrootPassword: 'Admin@123'\nDB_PASS=Ch@ngeMe2024")
        .Ignores("password-assignment", "a value taken from a tuple", "auth = Authorization(\n    \"basic\", {\"username\": auth[0], \"password\": auth[1]}\n)")
        .Ignores("password-assignment", "a reference to configuration", "password: ${DB_PASSWORD}\n\"Password\": \"%DB_PASS%\"\nPASSWORD={{ vault_db_password }}\npassword = os.environ['DB_PASSWORD']")
        .Ignores("password-assignment", "a variable assigned in code", $"password = user_pw2\npassword: userPw2,\nthis.password = settings.DbPwd2;\nconst pwd = process.env.PWD2;\n")
        .Ignores("password-assignment", "a working directory", "PWD=/home/runner/work2\npwd: C:\\Users\\svc1\\App2")
        .Ignores("password-assignment", "a password's hash or encrypted value", $"_password: {FakeKey.Base64Of("not my real password")}\ndb_password: U2FsdGVkX1{FakeKey.Random(FakeKey.Base64, 22, 6)}\nc.NotebookApp.password = 'sha1:{FakeKey.Random(FakeKey.Hex, 12, 3)}:{FakeKey.Random(FakeKey.Hex, 40, 4)}'\nspring.datasource.password=ENC({FakeKey.Random(FakeKey.Base64, 24, 5)})")
        .Ignores("password-assignment", "a validation pattern", "\"password\": \"^(?=.*[A-Z])(?=.*\\\\d).{8,}$\"")
        .Ignores("password-assignment", "a masked value", "\"Password\": \"********\"\npassword: '•••••••••'")
        .Ignores("password-assignment", "names that end in other words", $"password_hash = '{Password}'\nPasswordPolicy: \"{Password}\"\nbypass = \"{Password}\"");
}
