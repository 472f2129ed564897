package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Where a server process under test keeps its data: a throwaway folder or database, kept across restarts. */
interface Storage extends AutoCloseable {

    /** The server arguments that put its data here. */
    List<String> serverArguments();

    /** A connection of the test's own, to read what the server stored; for H2 only while the server is stopped. */
    Connection connect() throws SQLException;

    @Override
    void close();
}
