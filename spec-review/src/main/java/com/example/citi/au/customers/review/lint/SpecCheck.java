package com.example.citi.au.customers.review.lint;

import java.util.List;

interface SpecCheck {

    List<String> findings();
}
