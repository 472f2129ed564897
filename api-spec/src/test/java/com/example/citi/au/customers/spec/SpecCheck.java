package com.example.citi.au.customers.spec;

import java.util.List;

interface SpecCheck {

    List<String> findings();
}
