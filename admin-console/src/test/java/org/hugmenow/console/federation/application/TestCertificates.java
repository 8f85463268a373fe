package org.hugmenow.console.federation.application;

/** Certificates for metadata tests, made once with the JDK's keytool; they sign nothing. */
final class TestCertificates {

    /** CN=test.contoso.example, valid from 2024-01-01 for a hundred years. */
    static final String LONG_LIVED = ""
            + "MIIC4zCCAcugAwIBAgIIX4WBUja6bigwDQYJKoZIhvcNAQELBQAwHzEdMBsGA1UEAxMUdGVzdC5j\n"
            + "b250b3NvLmV4YW1wbGUwIBcNMjQwMTAxMDkyMTM3WhgPMjEyNDAxMDEwOTIxMzdaMB8xHTAbBgNV\n"
            + "BAMTFHRlc3QuY29udG9zby5leGFtcGxlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n"
            + "sOLSgVmQkAAeKXx1AZlabfj2rmJMjrZatwyuCK9dMIRIMM2qIGKTUyJswoBJdoHmKauQ1Ly6MQsB\n"
            + "D6r3eDFXHXCcM8LDR1Zw7vEmNI2l00ZT65G/895gk3rIF4jWzRKV7Rnkt3AgzuCiTxnQmPzkgnOu\n"
            + "ETOOI3slu+QgORDk6Oog356JU2H3P9yLK5XGr/J7t1Z3wlT/hCGLZUIwhLCHTk6UUrsV8I4N/u1/\n"
            + "x2MfpqE52qN2OiNp7UrdZKFSYsWxHzpE0wgRrfXw5lwUFaFwgh1uOt0o5BekKHwQAbau/3KWnRW9\n"
            + "kjAw/+JxEIXLmAaxEiyR0mgq7E8rLCFC3Xg1NQIDAQABoyEwHzAdBgNVHQ4EFgQU/sZUdKVILK5w\n"
            + "Zk4vHsLC57rrVScwDQYJKoZIhvcNAQELBQADggEBABpPaN1rKb9nhoeXJcT+d1qf4CziEvubx5Yb\n"
            + "RW4KtCVve8ygjtELBdIo81QpJ9pvmEnJZtFiKfJdOrJNEdkOnhhv3z3fLJoliLFu5Rk+/j/Geal8\n"
            + "GVOx6jqUKIMGHEfRn1x19ry+7lSSMj+0/323y4XP8ho+0p6U0Bypl3CjZWIFQQDtZrzitE4a1f4V\n"
            + "EO86+NqtG/ds3w/yGVlWernWM1m236WIrjg0f9M7fnttkO5JTeVDp60Qu21GQ9YwLlLOTl7/WhOY\n"
            + "X/zA5CYDim7E3lN64VjvdoOlYJAEqBWp3yZzFlgnGfTKgKChAl3iH+bIid1eJDZDSQGHE5qFeE37\n"
            + "0PU=\n";

    private TestCertificates() {
    }
}
