package com.example.citi.au.customers.server.reset;

/** The sandbox reset on the embedded H2 database the sandbox runs on by default. */
class SandboxResetTest extends SandboxResetBehaviour {
}
